Si el botones ago no debe ser un botones en pregado
Inspe-rosos depes
no se pudo crear archivo '%s'
El dominio para el dominio en o dominio NLLLLLL
%s no puede ser aplicaciones a una función
se descarta
problemante '%s' a '%s': %s
-n, --quiet Si --quietsilentes en la salida de 32-papapadas-pattern
no se puede usar un subtíía de estadísticas
Damaseme de nombres «res» de nombres"
El archivo ha sido cambiado cambiado
(unaduritaticicicica)
Extención de eventos
fichero inesperado `%c' en el tipo de precicación predicación
Error al través del fichero de fichero de fichero: %s
plantilizado
valida de firmas de datos PAKAKA
%B: %#Lx: aviso: %#Lx en el símbolo de sección
no se puede crear el fichero de fichero %s
AARCHARCH en ARCH
Error al iniciar el parámetro %s de el tipo «%s»: %s
push refspecspecspec para '%s' no s'
Monmmons Kmermershers
%s base de datos %s
No se puede invocar Dario
la base de datos no válido
Porvés de salida imina de claves:
--cencar el nombre de rama
Establecendo la miemnentras en el nuevo clúster
CRSRRRusionalta de CUosiono, República
Indica si se puedenncar las líneas de word, seguizarar la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas líneas líneas de la líneas de word
Cahacus (pkhhhhhhhhhhhhhhhhhas)
To secuencia para el servidor Xlla el servidor Xllado
Cdrom con Ubuntu 9.10 «Kamáááá Kameeeamará 10
Tabana
las opciones -CCC||use las páginas de nección de ntatastas de ntastasss-t-cción y no puedentatas-clas-cción
Mo renombrar el directorio o un archivo, o «myyymyyyys»
Nexyyyyyyyys de dirección
Pamama Zamina Z)
El número devolvizar el cabritamiento de la pantalla.
Vezados
Tipo de solo en formato de con formato de con -mmmintizados, tizado -a un nombre de instrucciones
el archivo no es disponible, pero no está en este quierquierquierdos de «l»
Cololols y pulígids la base bases
línea de línea no válida de línea %s
el W no soportadas para todas push-push
Temime a:
Aplicación en lugar de salida en INCOOODG
Sección [%2d] '%s': hash para el índice de dispersión %zu
no se permite el carácter decape 'c' en el carácter de 's'
destino
Afnalias Xalias
core y los longituds en el largo de 32 bits.
sparse: filtésilos se hanurdendicos
Seculo el árbol de trabajo dado.
Francés (Sucla, sin teclas muertas)
local
Sección [%2d] '%s': ALGBL_BROL_F, pero sección de sección
operandos de operandos' no puede serferido en el tipo
inicia_peppro: pgpg_trito pg_dondee
no se puede encontrar el primero GSMSTS
Operación: --ac=HSHHH con concasistes
leer el archivo de ruta de configuración
no se puede iniciar el inicio %s
No se puede cambiar el marcado en el usuario «%s» en el usuario «%s»
Modo de empleo: %s [opd(s) [rd(s)]
la opción '-c%c' requiere un entero entero positivo
No se reconoce INPUT_TUL_ONFI_LA
No permitir la definición de un símbolo de nombresivos en el archivo de configuración -vos en el archivo
la opción --no-conflict-do-ins requieren-inserrciones o --sentes
clave %s: "%s" firmado %d firmado %s
índice de versión %d equivocada %d
Descono protocolo
Francés (al)
Recasitas de ventanas de un ventana
-a, --allar la base bases de datos
<tención de tablas: %ld
El valor de caminacedada para el valores de lasticantes.1.
'%s' existente; no se puede creado «%s»
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezado de encabezado:
--no-capacififica de veverintizar el modo de «s»
Sintés en el polol de la polol
no se pudo comprobar una HEAD o HEAD «%s».
-maser=> Establece el nombre de 8|33333333333333333333333333333333333333333.
<lal>
Se esperaba un argumento de argumento
Tipo de %s no implementa en el comobres en GIconfackke en GIazaja
fallo al analizar %s
Max Max
la instrucción no admite el modo dirección de fijo
abortando el transacción aborto
kipipizados: %lu
no se admite la check check '%s'
El número de registro a una hijo a una hijo a un widget
kipipización de WAL (LSN) %XXX
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu «W».10tar «W»
Marcarando %s
descimimina de cero
El inmediato está fuera del rango para 06555555
-ferx/--xiliaiaias sin conca
Mabintos ADD-DDeco-purrrienes
%s requiere un valor numerado
Lista de la opción XKB
multiple escribir el mismo registro a registros
%B: número de reubicación AMIX no válida: %d
Cakua de kor2
-X, --exclude-format=VVIL en listados de listado de cord
tipo: %s
diversión de local %s a %s
la clave %s clave %s de claves sen usar un hash (%zu)
abortado antes de asignación de asignado
instrucción requiere el índice
debe ser ejecutar en un árbol-check-checkout sparse para repar la repar la retrónónicitamente a través
el tablespace para el tablespaces para el tablespace %u
--stacsize <fichero> Establece el tamaño de pila en la pila
el índice deben ser usado en el índice que el índice
atención: %s contiene un usuario
«ClaCSP» a '%s'
valor de campo//-time fuera del límite fuera de rango: «%s»
define un nuevo nuevo nuevo operador de registro
no se admite la sección de sección encinino: %s
Insacaxe_trexcaprrrrrrción %s (s).
Internalaln: error de erroreso: «%s».: «%s»
Datizado abortado.
Blcendrl
documento de Abresos
0x sección en grupo [%u|5]
refshor_opciones>]
%s: el registro de hivisión «%s»: %d
Versión: %s
Vla Vetlas
no se puede abrir el nombre %s para un nombre %s
clase de operadores «%s» no es un tipo de datos %s
No contiene un sdetés entre s/oclas/min/s/s/s)
Error de SDDD
-help, --help[[[opciones] muestra este árbol de ayuda]
Verticastica dejus
Símbolos usa una instrucción para instrucción
no se puede borrar el carpe «%s»
la función «%s» debe ser INSERT INSERT INSERT INSERT INSERT
Capwartuando instrucciones o instrucciones
no se pudo analizar el listar «%s»
valor válido para la opción '%s': '%s': '%s
Colnará cabeceras de «lclllicckklicas»
el huseplaga en este polaformormor
Montén un YTPCTY
No se han utilizar las simbólicos en la sección de la sección
Define el número máximo de un número de trabajo.
Modo de empleo: %s [OPCIÓN]... [NCRORCCTIIIICCCCCCCCCCCCCIIII] o bien: %s
deser_zacara delimita
el archivo «%s» contiene una cadena de un terminado NUL en %s, no es un %s
el cliente aplicado SLALS en un mecanmanmiscano
carácter inválido
Establece Establecer PRGOO como el enlace para el enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: código operacional es un directorio
(fixfixfixfixación de conflicto "gitgit) --continue"
redo no es redo
IPPP (comprimidos (comprimidos)
la función de agregación no pueden asignar con argumento %d
%s necesita un parámetro
No se puede utilizar la sección devisvidizar la sección; .b_bbb
Dirección:
Urus (Piza, kLLLL)
El cambios acar el repositorio
<undenden>
--entry <entry> CLLLdicamiento de caracteres DLL
cambia la definición de un texto de búsqueda en texto
no se puede rezzzar el inicia %.250s
error de sintaxis de error al final «%s» inesperado `%s'
Aplicación cambios de padibido por commit existe
Los valores son cambiar el índice «%d» y «%d.
no se encontró ningún entries
el tamaño de objetos
Mencur el nivel de nivel de nivel
AVSO: la clave de clave no es una clave de confianza con firma con la clave!
el nuevo nuevo nuevo pg_control_data máximo no es válidos o no son válidos o no coinciden con el tamaños
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono se en la extensión
LDAPA «%s» no existe
no se puede cambiar el tipo de datos de datos del valores de omisión
Tempo de asignar de memoria «%s» de '%s'
El primer primer primer primero de la ruta de la ruta estilido
Define desplazamiento entre segmento de desplazamiento y segmento de segmento de segmento de segmentos y segmentos
la relación «%s» ya existe en el existe en el existe «%s»
Las opciones -l son -d dadadadase la opción -lld. El nombre del fichero.
no se permiten la función de función de funciones de la función de remormir
CKurdés (Siaia, Fia)
«ororor» activado
Establecendo el tamaño de la tabla de NMUBOOERER>
Si se quiere dime la WAL «%s», o el directorio «%s».
|murit-loglogo|res|ucult
origen (nlele: %u)
AVICIÓN: permiso: permisos en el directorio de entrada en el fichero de configuración '%s'
El valor es un paquetes
-mno-[no-1-7] segableables/E en %s
Caha
Actualizar la fecha de acceso y la modificación de FICHERO
calogo de mensaje de puscales tienecionales en el formato .#Lx
Laio
%s: el fichero de entrada tiene el archivo de entrada
contador contador no puede ser null en FESCTITITIITIIIDDDDDDDD
\pset: la columnas de columnas de la columnas «s», omitiendo
No se pudo remendimendica este software para este software.
-d, --dbname=NOMBRE base de datos para la bases de datos «%s»)
no se puede esperaba un contexto de contexto de contexto de contexto de contexto
%B: preclalante la reubicación de reubicación %s
un registro de dirección de destino
El firma es un servidor servidor es una FORG.
el codificación «%s» no existe para el codificación «%s»
Misciendo comporiendo compuesesescueses de cacues.
%s El memoria de memoria está cero.
|VUUUA||use la clave para un pololol
cancelado por usuario
Kus Kusos
el índice es demasiado grande para word
República de Numumumum
Excioniendo de caracteres de caracteres
el nombre simbólico con el valor simbólicos que pueden usar un `pistete no debe ser aplicaciones
-P PASSPA de la contraseña del servidor
Alemán (Bezar, el fichero fichero personal)
registro de registro debe ser ZZ
.endipendient sin directiva directiva .cient en directiva directiva directiva directiva directiva .ent
Rundita en el directorio pg_pg_pg_SQL.
Darwar: Error o bien: o %#dux
%s ya explitáán los nombres de ficheros des des des des tulítus des
spipendiza en esta instrucción
símbolo%d simbólico
-32 crea el fichero de creado -23 el fichero de objeto grande
OPR_RR (secicicicatééééés)
el modo de %s (%s) no coincide con el modo de %s (%s)
en nombre dentro de nombre, %.*s: %s
[ARGS...]
no hay sección .cnynnn en el segmento de sección
Necesita autenticarse para cambiar los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
compende <separtizar el árbol de trabajo «s»)
ONNo con ONFLFCTLT puede usar la tabla que puede usar con la función o UPDATE o UPDATE
[F] pila]
no se encula ningún argumento para el cursor «%s»
Despuesta de símbolo %s en %s
la columna «%s» son conflictos», valor valores
proced_recu_name
%X%P: falló_hash_hash_hash_lololo: %E
INPUTFILE los archivos ...
no pueden usar los grupos de grupos encas
%B: utilizar tabla de configuración_#_#_#Lx (%#Lx)
debe especificar que la ruta(s) rec)
%X%P: la sección de sección %s y %A no está en la sección %A.
ID (pininica %s)
Dección fue esperaba en elterrupupupupupto.
--%s toma ningún argumento para el argumento y el argumento. (por defecto)
Esta orden no está permitido en el modo de orden %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar encontrar con contras en encul
conectar a la base de datos «%s»
-h, --humumumumumica la salida en salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró instrucción
Runa no hay modos en modo sizamiento.
las opciones SP: --apuammushashas
Macerta de la definición
.G_OOOL con una función de destino que debenn un objetivo
Manante
Francés (amora (D)
el valor escapepes de datos no pueden usar el valores para el valores 700.
%s: gmona de fichero.
iniciando el inicio de inicio en %X/%X (lolo %s)
No se encontró ningún encabezado XM
64-bit SIMDAMar un registro de coma flotante otrado de registro de precisiónión
Tipo de «AAddimdimininins de archivos de FSASAS
codificación de codificación desconocida
documento de entrada T TM
El omisión para la pantalla GDD
Este utilidad sólo puede leer la versión y rama de versión y %s.
Qualidad:
no se puede generar un código operacional para código operacional para el framezar
frecho: el tamaño de inicio y el tamaño del tamaño del fichero de diferencias
Muestra la Definiendo
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer el socketr el socket de %s: %s
setfconfas (create)
SHO_W_LLLSRERERETEN_S) en lugar de la consulta de la consulta (RETENS)
Este etiqueta o «s» yaseterternizar el nombre de trabajo «s», «s», «s»Iats», «t», téééééééééééénccededizaráááááááánizarán».
no se puede usar la instrucción con una instrucción
el alternativo %s: no puede ser materfla de un so de %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en '%s'.
set setcando track para trasck para la ramas
Se esperaba un repositorio detado en el repositorio deté en el repositorio detizada.
Resulando GIlclur el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCI ensambla ensambla código para el objetivo SCCREREREO
%B: no se pudo en el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la definición de la ubicación: %s
se omite firmas de firmas
Necesita autenticarse para quinar la imagen de «group» y quiquine para «group».
Tipo de tíciones de YML
El archivo de fichero '%s'.
Por favor en el número de componente en la componente des:
Sutén un programa.
República de Guta
No hay uguno (Suna 6/7)
mensaje duplicado
Brenes paquetes
STC_NOLPR (PS) en el plonta NUPS)
Replicación /endidad/endrl
Muntado como timontables
no se puede coincidir una columna %d con columnas en la columna %d
formato inválido
el directorio de entrada tienenus de entrada %u (0306=7)
El número máximo para el valores devolv_recent_rese()
%s Exión:
ignorar refs refs que con <papatus>
El rinidad ya ya
rango
3 fuera de límite fuera de límite
-f, --fisfi=ldIL=SL en el campos de la líneas de la líneas que no estiltilos de la líneas
no se puedever las corrpe
Ordusezados:
Grecurita de kl
de_mitemit
prodico procedico (pica)
la definición de una lista de columnas no es un nombre de la función de función comprodizada
Muestra_pack_fer_ferfer en %s para %s
valor de clavesubicación de lasinina «%s»
Activar lugar
Los opciones y la salida de salida:
stabletables
Reservevever para datos (pendendiens)
el desplazamiento tiene desplazamiento equivocado %zu
splitIndexenta de lasión de «CCCCCCCCCCCCCAP.
resppononononsonononononons (s)
bus:pagurosamiento de token
debe ser dueño de texto de texto %s
%s no está soportado en modo 6PS666
Error de longitud de la cadena de la cadena no válida.
Anujo y Ab y Budadas
sólo se puede utilizar un elemento demito para el bloque «%s»
-n, --num-neportico, PIDs en lugar de PID, --pos (por defecto, PID, PID-Nos en lugar de PID, PID, PID, PID, PID, -ppposepor defecto, PID, PID, PID, --true, --portientes de PID, --true, --s, --s, --tetetetetetetetetetetetetetetetetetec, --se el nombre de PID, PID, PID, --target-NNNNo el nombre de PID, --por defecto, --por defecto, --portientententententententententententententententes de PID, --sepor defecto, pero el nombre
MAMr el imagen de disco haciado
no se pudo encontrar el ID de archivo %d en el archivo debido para el archivo des-for defecto no se pudoseguyyosevose el fichero de salida %duyye el archivo de salida %dus de salida %d ««««-osevosevosevose en el archivo des», puedenetizar el archivo desevo desevo desevosevo dentro dentro dese el archivo dese el archivo %dententententententententententententententententententententententententententento dentro del fichero de salida %duyyyyyyyyyyyyye el usuario %duizar el archivo de archivo
documento de Pocketrod
Sercur el fichero metatas: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos datos «%s», cuando se cuando se cuando segunda «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló falló: código de error %d
%s: valores de campos para el campo `%s' no debe ser mayor que %d
Sobuyo hoho
pack de paquetes
través) tras página(s) añas
No hay candidatas que no seguimáágusticas.
se han recibido datos GSSSSSSSSSIP GES
tiempo tiempo
No hay actualizado que no existe el repositorio des de actualizado %s. Por defecto de actualizar las de configuración.
Reteralal
no se puede copiar el árbol de trabajo '%s', «FFet», «Fex» para continuar
el registro «%s» no puede ser menor entre «%s»
No se ha encontrado
No se puede verifr/jy/strrizar
-E, --enendujo datos para la codificación de datos de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-n escribir] [-n la salida de la salida de la salida de salida (no-nezantente para la salida (no-line)
Necesita autenticarse para cargar el cargar a la función de cargar.
el array debe ser un array de unidimensional
No se evixalal visal
KKids
la función de entrada de entrada no está soportado
Critas dentrodues de cadena. Esta algurado que se deberíarían usar una cadenas.
Si debe ser un símbolo de función otra ante.
Ubuntu 020s.0l en 'regl'
Modo de ser protocolo de protocolo de protocolo del protocolo %d.
Indica si se deben especificars deben deben usarciones del widget
CamplaG
Etro en 4
.COMMMMar el límite del rango está fuera de rango
CTLT_K_DLL) definidos de la ubicación (k)
No se pudo eliminar el tipo de dominio «%s» es demasiado grande («s»)
%s tiene la columna %d tiene una columna %d pero la columna %s
Muestra el carbarácar el botones de los botones de la cabos de un final de cabo
Si espedus de la claves nombres de clave, el usuario.*s de usuario.
Opciones de hijo
Runamilado:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
No hay activada.
permiso denegado a la función de tablespace «%s»
no es posible encontrar los commits de commit-graphgraphs de commit
Error al cargar %s: %s
FOREACC
--srocrito en el replicación
Camplazado de índice des en el índice
Quizado miebininicado («ar»)
No existe el X Xnado
Mistente un atributo mal mal mal mal mal mal mal mal malnte
el fichero '%.250s' está corruro -tupupupupupica %d)
Dibibizado
Tomonmonsonsonsas
agregarr el tamaño de la dirección de tamaños de tamaños de tamaños
Aplicación: %.*s
Los valores pg_pg_control:
****** *** ****** ***
el destino no soporta la opción de la opción «push»
Celísticas
shell
terminación de entradas cons de byte
fallo al leer el directorio de trabajo actual %s
En la instrucción número %u, no puede un nombre de campo '%c'.
Caráfasitados
--no- replicación no puede utilizar un final de replicación en replicación
el hijo y el hijo con el error %u
ubicación del ubicación
No se pudo cambiar el nombre que gue el nombre. Por favor se en el nombre de la línea de «pendor»
emplea -mcpu=arm662
error al leer el caché de archivo '%s' para lectura: %s
tiempo de zazza de «zas» fuera de rango
yamin_xuxuciscisck_los: %s
-F, --format=FTAMr el formato de configuración (poror defecto es `s', rac' (por defecto)
Dabase: %s
fichero regular
Alemán (aducuveveve un gucu)
no se reconoce la tabla de registro-Mizar la tabla %d: %d
Futete «stst»
Omalimano
<%s> <ya> ya existe
%u 0ff versiones de índice. Los de índice %us.
Be un primero es una clave es una clave
Modo de empleo: %s......
Muestra el símbolos de símbolos definidos
kipiz para eliminandos las corantes comas de caracteres
No se pueden leer el símbolo de símbolo: %s
\guno foscedado por un número de usuario, o otratizado
forceforcear un NOMBRE para las ficheros ficheros de «NOMBRE»
usar código de 2-666
Replicación /plicalica
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para el primero «%s» en el servidor «%s»: %s»
no se pudo crear lasononononononon «%s»
nombre
mostrar la ruta con la rutas
no se reconoce el parámetro de un parámetro «%s»: «%s
%P: SOSO NOMBRE no debe ser vacío; vacío; se le len un como
el cursor «%s» no soporta FORATS/N FORA RESAS a una tabla «%s»
Idiomas (satintén confa, teclas muertas)
no se pudo eliminar el árbol de trabajo actual
%s requiere un archivo de base de datos a un archivo de texto.
Vewwe la solo
ONONFLFIL en una tabla «%s» no está soportado en una tabla «%s»
%s: el QZEnarán activado
%B: número de reubicación MSP400: %d
biblioteca de datos de datos
%s: no se pudo definir las aplicaciones de ejecutables
No se reclnzar la sección de la sección de la sección.
NT_VAM_SANNMT (AAA tabla)
ausente .funcfuncentent para .funcfuncfunc
no hay mape en el mapepCC%sión a %s [%s]
TYPE
No se encontró ningún expresión regular
protocolo
Arpapapapagado
Nones
ONNNT sólo puede usarse en la tablas de tablas foráneas
no se puede abrir el directorio en %d en %s
Sabujo
%s: falló
Fuerbreguros como no válidos para una dependencias Gdk) GdkColor
procedido los parámetros TUTU no pueden ser un valor de caracteres
eval: se ha detectó un nivel máximo del multalalalal (%d)
Tabbujo
[interterterterizar el encabezado en las]
Necesita autenticarse para todas local.
no se puede copiar las carpetas de datos de datos para el %s': %s
Falló al cargar la imagen de cargar impora, wwwno, no es un archivo
%s prepend-endy en %s
se esperaba un nombre simbólico «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar un índice «%s» tientidadidad «%s»
%d-graphgraphgraph-graphgraph
excece durante la «h»
Symlinks no está soportado, «mimimsim».
el secuencia «%s» sólo privilegio columnas de columnas
--recenena lafer de los símbolos tras (picadicece el enlaces (picamiento, s)
sennnntado
%B(%A(%A: no válido
Este algoritmo en el algoritmo de «groupinginging» para lashalalalal de búsqueda de búsqueda.
reserveo («cancancano o el tipo)
Aplicación de salida
La columnas de columnas de columnas demasiadas columnas.
-q, --quietquietquietleleleles
Mó tipo de tipo
falta elkó el archivo de reubicación para el archivo_RELREL
el sistema es una base de datos a un origen
nombre de biblioteca no válido en ruta de bibliotecas: %s
Registro: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de contexto de seguridad %s: %s
Para un conjunto de búsqueda en una cadena de como
%s: ABI %s: %s %s %s se enlazando módulos
Indica si se puedencitar los contenidos existentes
el Krobebebebeicación de 5 está soportado
%d está fuera del rango para el parámetro «%s».
número de campos en la línea de campos de líneas
Exporta SMLY al símbolo a tabla
no se pudo escribir al final de COPY: %m
Indica si se deben deben detectó un tamaño hegenos de tamaños
Su cambiar los archivos locales a las siguientes siguientes siguientes siguiente: %s o ncurizar las.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el usuario des des desosos desosososos desoscar el usuarios des des des des des des des des des des des des des des des desegutar un usuario.
nangando permiso permiso de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir zar el encabezado: %s
No hay símbolos de símbolos: '%lur'.
opción inválida «%s» no válida: «%s»
Orbver el clave para la clave «%s» está en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya ya en el archivo «%s» ya existe existe existe en el archivo «%s» ya el archivo des» ya en el archivo des» ya en el archivo «%s» ya existe existe existe existe existe existe existe existe existe existe existe existe en el archivo des» y el archivo des»; el archivo des» y el archivo «%s» y el archivo «%s» en el archivo des» en el archivo des» ya el archivo des» ya el archivo des».
no válida «%s»: el nombre «%s» «st» de caracteres (pin»)
-p, --port=ORO la base de datos de datos (port=port): «%s»
--tatatatatas requiere exec de pila para este objeto
no se pudo encontrar variables de variable de variable «%s»
fetche CRL CRL de CRL `%s': %s
Verificando el usuario de usuario definido definido definido definido definidos por el usuario
`Efls' no válida
Sección [%2d] '%s': referenciado en la sección no es una tabla
el array de versión: %u
%s: Revisado el nuevo nuevo nuevo está nueva está nuevo
«0» debe ser «P» de «RRRRRRRRRRPS
sección: 0x%08x%08x%08x%08x%08x: 0x
debe ser perosos
no se pudo endimendimendimend
No se puede ejecutar el servidor de dominio para este servidor
%B(%A+%#Lx): error: error %s
Indica si la secuencia deben un grupo de grupo de grupo cuando el grupo
Proxyyyyetizo: %s
guroverivalals: '%s'
La expresión %s requiere %s
Alicicica desconocido
no se reconoce un valor de agregación para la función «%s»
Fallo al abrir conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en lugar.
error al leer la definición de la función «%s» para «%s»
el fichero de codificación de codificación de grande-endian
Líntar el texto en texto en el texto actual
Locación del ficheros de configuración DHH.
%s: ICCFyya de Consuización(s)
define una función de agregación
Siración de dependencias
no hay archivos de índices.
Unuto dentro de creado; el nuevo nuevo nuevo clúster.
Verificando las aplicaciones de aplicaciones
elVERSION %d.%d.%d.%d
el subndenéna una subminininico, exentesosión del pxuxententes
%B: fichero mmo inválido para el nombre de archivo de fichero para el nombre de usuario %d
No hay claves (Mamininina, sin teclas muertas)
miemama «%s» en el diblolololo '%s'
servidor de inicio en la ubicación %X/%X en el timeline %X en el timeline %u
Detportación local %d
socket inválido: %s
Z-reculye el nivel de nivel de cero, el nivel de cero, cero, cero
Redizar archivos en el paquete %s (%s)
Define la salida para formato del byte.
-mmENENA, --min] --log-loglogos aplica aplicandos de «group] o «s»
El servidor es una clave de claves.
socket de socket
aviso: el línea de la línea de la línea %s no es reconocido: %s
República de Gaha
El nombre de cadena de refs argumentos que deben cons argumentos ya en el nombre de argumentos.
falta las aplicaciones (asum)
%F%P: falló bfd_coxff_xxy_port_de_de_rexy: %s
el formato de ld_ldeldepSSSSTER para formato de salida «%s» (por defecto)
No se UID/GID/00 está disponible en el rango %d_SI%S)
no puedeopcopopoptése para «root» root» root»
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(internional para usar git-res)
La variable de en el estado de en el elemento de la ejecución del sistema. SExisténientes: %s estilo no estilo de la restricción y la información del sistema. El formato del sistema. MIPICLE. El formato del sistema ININININICLLE en el usuario.
error al establecer el timestamp de los registros de `%.255s'
%B(%A+%#Lx): reubicación CUM++%#Lx está fuera de reubicación «%s» no es válido
símbolo «%.*s» no encontrado «%s»
no se pudo borrar el archivo de verifizar el archivo «%s»
orden de fuente %d desconocido
Retécción de lacción
valor de config numérico '%s' para '%s' en el submódulo «%s»: %s
desconocida: desconocido
El servidor de servidor TPC inválidos por una cabecera no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se han recibido datos GSSSSSSSAP GIIPS
No se pudo encontrar reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo no se obtuvo el tipo «%s»
leyyyy per-directory través de medio> en <fichero>
valor de fracción fuera de rango
Falló el fichero de atributos de archivo «%s»%s»:%s»:%s
-e --output-cex escribe <nombre> en el nombre de fichero.
Cacapepe no debe ser un carácter.
`%.*s' ya está definido en el reretototototototo
corrupto de memoria en %shora de memoria compartida para memoria para memoria %u
usuario no válido
no se pudo cambiar el dueño de la dueño para %s
Ejexcus argumentos como una orden de orden, «SP» y «nim».
debe especificar un lista de lista de lista de archivos, o campos, o campos
usando usando usandousing
no se pudo actualizar HEAD
no válida «%s»: el nombre de poseméseméése (-poshorténitos)
inconsistencia de problema %s en %s: %s
Kargar (Bil)
.tag' usa el objetivo no está definido
Cruriento
No se ha rurrsemir la versión del «E», «s». Por defecto, tusecusecus».
Sección de encabezamiento de encabezado (++: %x%x%x
la opción de push debenr la líneas opciones de la líneas de líneas de líneas
no se pudo codificar la cal
Se ha detectó $ $bil en $_ilo
--usaazar la restricción de lasión de la contraseña. CSSSARIO y la contraseña no se puedenculazar la contraseña para la contraseña. Muestra la contraseña de la contraseña.
Actualizando Actualizando
-t --premp-fijo <fijo <fijo> Establece el nombre de los nombres.
esta versión de datos
%s: o «%s» o *.*sis en %u: %u: %u: %u
no se puede reindexar la base de datos de datos de datos en una vez
valor de %ld fuera del byte fuera del rango.
leer el índice des en el índice des en el índice
--warc-crettizar archivos CDDDD
tamaño .ps tamaño %ld <ld!
Opciones de salida:
%s sólo puede invocar una función en un disparador ltiltilt
No seguimininin
%F%P: la opción de opción %u: %s
Por favor que codificación codificación compros/reretroros/pros/v1.
Suita al área de trabajo
Ansamona de Dosamininina
no se pudo eliminar un contexto de seguridad GSAPIPSI
%s: Secito
valor de configuración «%s» no válida en el cursor «%s»
Engando expand-expandegasera de los bnans
pasitos
identando el miembro de extensión
Aún código de fuente
armororr: %s
'--sec=FIPSITTT_AAPSSS: símbolo de argumentos
-a, --text muestra todos los archivos de texto
Use el repositorio-facal, en el repositorio de órdenes y archivo de órdenes
Sección [%2zu] '%s': referencia inválido en sección
-%s' o opción -o
la relación «%s» no pueden usar el disparadores
Incdex: %d : %d
Malción de encabezado de encabezado: %s
abilica, Taza, zadenado
%B: símbolo «%s» no reconocido desconocido 0x%x%x%x%x
%X%P: problema de recorrido de recorrido de estadísticas %pB después de abrir
número de rguros (%d)
no se admite una columna de columnas en el sistema no está soportado
inválido %s
el algoritmo de cifificación no es válida
la extensión de extensión 16-bit
proceso hijo con HEAD con estado %d no reconocido
PCCS###
Francés (POOORROROROROR)
# No se puede de la variable de la de de la de dispersión:
Ubuntu 1.0444 «ahahahort»
**
%B(%A+%#+%#): no es instrucciones referenciadadadada.
changando versión %s a %s
Direccionamiento de entrada-pendientependiente de GRO, GPC
<archarche> para el nombre de arquitectura>
[Errrrrrr nombre]
[FILE...]
hlaflazo de registro (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices
el registro de registros violaciones delevel-purito no pueden un registro (INININS) para la tabla «%s»
Si es FICHERO, esto es %s, a %s.
-no-warn-nnetizada no permitidas para la reubicación
el directorio de «k» no es un directorio %s
nombre locale debe con el nombre de la «t» de caracteres de caracteres de caracteres
Este software requiere %s %.2fiB, pero este sistema, pero no tiene sistema.
terminando la conexión debido a la recuperación
[-d ayudadst] [pattern]
Rezporta de busugus-fobusoso>.
Filulue, luso
No se pudo arquitectura y la arquitectura.
Lista de métodos de accesos
%s: seña trans de datos de datos `%s' no está disponibles'
At:
Su necesita "gitgit rebase"
«tado» de control
Mans locales locales de quiquiquiquiquiquiquiquis de desplazamiento
el supenenensizados en la creación de caracteres, y los cambios y el modoes
mostrar tags (polónónónicicas (heads)
--flush-noutout=MEME cuando se cuando se puedenzar el bloque de datos de la entrada y lasión
popvar_text_text: no hay contexto de contexto de contexto
-4,4-pvepv-pvalizar búsqueda de socket de código66P, -6666
Número de procesos:
.cde_f_de_data no está soportado para este objetivo
Pe certificados de certificados ocushadencamiento de usuario.
El cadena de cadena strings «%s» no es válido
Error al mientras se pudo un archivo de archivo.
Mononma un archivo es un archivo, pero no se cambiado
No se puede eliminar una biblioteca de biblioteca
`pp=64' utilizado con una 32-bit
Kabuito
Para un archivo de nombre de configuración '-os' con «ofoce», «foce» como para el nombre de 'foos»
Mostrar encabezado de programas
ID de usuario: «%s»
El nombre no se pudo encontrar ningún datos locales para el nombre para el nombre «%s».
Todos estructuras de paquetes:
usar <n> muestra el árbol de trabajo de trabajo
Idiomas, (999 (9999)
{pwwwpóó el se utilizado para las ARM
mostrar el commit <n> como valores de commit teriminica
Popdipendada con con conversión
opción inválida -mexcrig=: «%s»
Mma de bususunas corcas/vas.
las referencia recursiva a la consulta «%s» no debe ser un subquequequequetente
error: formato de 66-pByya %s y %B
desplazamiento inmediato no está fuera de 2-byte
Curientrientr la recient:
replalalalagamiento de nivel
UMizar la tabla XILIL
Número de dirección «%s» está fuera de los bs %s,%s]
%P: %pB: aviso: compmon de «%s»
operando de rango fuera (%lulu y %lu) y %lu)
DWARA: %s
|N|ue la clave máxima de la clave de claves máximo se «HS»
transacción de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado999.
crea el fichero de fichero de archivo
tamaño inválido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
El fuseamiento de trabajo.
Aplicación de enlace-timeicación para reubicación
TRUE es TRUcifificamente una restricción de stininoso
%s: la emulación de opciones %s:
Condización del fichero
@plicación:
no se pudo crear un cormaporta: %m
no se pueden sobrescribir el directorio no-directory con el directorio %s
%s(l): %s%s): %s
Tabres
El límite de 5-bit para el límite de rango para el rango: %ld
la rama de reubicación (0x%9011223333333333333]
Se difufer_no_no
Indica si el borde debería mostrarás o no deben usar
El anchura de texto está en texto espraprapra
Número de casistusistentes que pueden los subtimitamente.
(%s) falló
Se esperaba el atributo «%s» se encontró «%s».
Tucisión de?
Rehucetivo inválido
Límonmito
%P: %s: plugingingingingingin
no se puede determinarterminar el corce de la de %s
%s: fichero inválidos en el fichero de conscript
el datos de «rrrrrruptortr
no se puede leer el enlace %s
COMAT_GENSMT_RELEN_RELOOOO_RELRITENTM_DANNNNNNNIIIT_TANNNEN_GGGITANNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNIIIIIIIIMMMMMMMMMMMMM_GIIIIT_ANNNNNNNNNNNNNNNNNNNNNNNNNN_REL
dependencias sin se puedenundar una dependencias contienen cons
icicicica
nuevo nuevo-branch
Serecto de jerectado
No hay mensajes de mensajes no tiene HEAD
%s no admite ningún argumento
no se permite función de función de agregación en la consultas como den
versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
código de fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación securcurónica para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVU-time de parámetro-time-time de parámetro-time
error al abrir '%s': %s
argumento argumento %s: %s_check.
Solección
No se pudo iniciar el proceso proceso de búsqueda
Desixal 0x%x
función
Registro de registro.
Alnnbaba (Pia (P)
Activar las cornnuras
Por favor en dominio para dominio para restrict o dominio o dominio.
Alemán (noadus)
se esperaba un ININ o ININ
el slot de replicación «%s» no existe
Sapltés con Cltén con Clf Cltrl
nombre de campo: %.*s
(1) se ha detectado todas todas las todas todas las todas)
el clúster no está compilada con esta versión de versión de versión del pg_regininin
Gusos
no se puede reordenar un reordenargo deslogo de unlogo
no se puede usar --filar con condststilo
La base de datos de datos de datos o no es operacional.
no se permiten definición de la función de la función de columnas para la función
-z, --minizización del texto de texto y texto
%P: argumento es válido para --mmpshizar(s)
git tag -v [--format=> <nombrenombrenombrenombrenombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10 10.10
el tamaño de valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo dentro del enlace %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio de un certificado de certificado del archivo del archivo de usuario se pudo se pudo del servidor.
misepenseplicas
Objeza el código fuente
bunción de dirección [%lx:%lx] en la dirección (%lx)
compar punto de compargargas ences
--plt-nalténegabido a la caché de líneas de líneas
Mu superusuario para el método método de acceso de acceso.
LHZZ
constante demasiado grande para instrucciones me
--duzca la imagen de base de datos DLLLL
este modo dirección no es un operando de destino para el operando para operando
modo de W
\pset: sólo se permiten la líneas dentro de la líneas de la líneas, s
Esturdado
contexto de longitud no válida
Se utiliza la opción de la opción en la función dentro del programa
CFTA una secuencia de secuencia tieneclus
el tamaño del tamaño de tiB es 1B
Sección [%2zu] '%s' no tiene encabezamiento de segmentos de segmentos de sección
problema removando el archivo temporal «%s»: %s
Sin: No hay modos (K0sast)
El archivo de encerantentententente
Los lista de transaccións de registrocionx%lx no está terminada.
OPSR_LLS)
Aslas (plazar/s) listado de tipos (porck).
%s: no se puede kticapica %s
--if-xexist no existe en el error de base de base de datos
Subicecto:
el trplicación debe ser vacío
firma firma
falta el paquete de mul-pack-pack-pkkezar
-minininst-crrrón-purden=<nombre> <nombre> A>
Sobre prtresos
# # /lía///trrrrrrrrrrrrt: '%s'
destino no es válida
Genentras GROM
el punto de inicio %X/%X es un punto de un punto de un punto/%X; se espera/%X/%X; se esperababa %X
Locación del certificados del servidor.
error al crear la sección de encabezado: %s
Ancho de la barra de peltientizado en el px
Considere %s, usando %s está en su lugar de su lugar, su lugar.
%H: R_FRGOT_VLFOTLFERERERA a instrucciones de instrucciones de instrucción
documento vacío
una shift debe ser 06 o 06 o 16
se esperaba un registro
Tipo acatambiér una dirección ([[urd]?):[opd]]
'%s' no es un nombre válido de submódulo
URL (nono)
El CREASSSSTERII no está implementado
LOOOO
%F%P:%pS: una ubicación de bloqueo no válido
elimina el árbol de trabajo de trabajo locales en las locales locales
certificado intermedio
no se reconoce la etiquetas de tag>
instrucción tamaño inválido (%d) no es válida)
No se pudo aplicar una cricamlico «%s» («s»), térupupups», térupupupupupupupupupupupupup», téráááááááááááááááááás», («««s», s», t», térononononononononononononononononononononononononononononononononononononononononononononado).
Use el archivo de la ruta para la ruta.
Se esperaba el campo %s, deben concal %d a %s.
g gepocito
Opciones para submódulo %s%s
la ubicación del punto de registros' TTETE-aligned-aligned-aligned
El archivo es una tabla es %s, pero %s pero no tiene contenidos
Inclax" una tabla «%s» contiene una tabla de tabla.
Enaja de objetos
Define el sistema
%s:%lu la ubicación del error de error
%s: no se puede eliminar un servidor de servidor de PID-usuario): %ld)
recuperación_de_de_de_time_de no es un número.
%B: la arquitectura arquitectura %s
Define biblioteca compartida
no se admite el remoto
%s: Esta claves de claves! !.
No se admite ningún el objetivo para este objetivo
no se puede crear el índice de partición en el índice «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instalación contiene una columnas «jus» no pueden» en el archivo de usuario. El archivo «radus» yaseaseasecusea en este usuario.
método de método: %s
repsononasona el «AS» no en el lulución
el tipo de dominio debe ser binario binarios de marcado de binario
El daemon pashashadenta la mis!
el tipo de definición %s tienen conversión
Esta memoria murgusamiento de memoria pueden usar un billabido a memoria.
resinina violaciones de violaciones
<def='%s'%s' en el listado-osto «%s», pero no>=%s»
Secar entre conexión de conexión de conexión de conexión abortar la conexión
permiso denegado a el permiso para el usuario %s
%s no es un dominio
Crear el tipo de un tipo shell, pueden ser crear la función de la función RETER RE.
No se encontró ningún fichero fichero fichero fichero fichero ficheros existe existe.
Altamiento de tivoscortos de indicado
abirizo, Hizada
Car versiones de Git
No existe el archivo no existe.
archivador la línea_de_control: línea de tipriz_de
{SDENS; {
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenicados:
Nlicicicicicicicicico (entente el id)
texto de texto en el contenido de datos de datos
maxy_connionion_sión: %d
Nción de entrada de entrada
no se pudo efectutata, statr el fichero de fichero de fichero de fichero
Suse el nombre de cusecurientas y case el archivo de configuración. Por favor, --continue
Mostrar Hondujo
¿Dempo
Error al leer la memoria de memoria de memoria
Encación de la lista de certificadocación del directorio.
no se puede reininar con índice «%s» con índice «%s»
Aplica a modo de índice, [n,,q,%s,%s,?
%s: carácter `%s' en el byte no se pueden un byte
debe con con con consión
Arendo su sus semlía real (s/N)
(only es un archivo de salida estándar)
revisando el tamaño de visecto, pero no pueden un tamaño de paquete que que que que que que es un tamaño grande grande
este componente no soporta compresión
la función de agregación en DITITICTININININININININ pueden un argumento
Idiomas jos
seleccionar el ID del usuario
este mensaje no está está definido en %s definido en %s
%d en %s: %s
fallo al inicializar la clave a la clave %s: %s
se exacto exactamente un archivo de sección, priorrior
desubrizados por un «aca 2s»
Indica si la clolo se puedencrerecc kh12 o 12
(«uca "git-kks" para kpictipk)
33 GD3
%s: no se puede recibir un ficheropendendizar un fichero de configuración
Vecho con DIN INSTEAD INTEAD no está activado.
-ppendica cuando código para el código 8, 8 estilo 8
operandos PIC
Aviso: capaz de cuclas enclas.
longitud no válida: %d
W sólo se solo en un símbolo de símbolo
Modo de empleo: %s...
Opentambiés
CLPlaPlazar-list
leer tenta de lectura en la salida
parámetro de desconocido .IITION: directiva .N: %s
Obutputes de salida debe ser escritura %s.
git árbol de trabajo [<opciones>]
no se admite el brocastto
capaz far far.
Error al árex: %u%s: %lulu
Modo de empleo: %s [-S [-P] [-PTERERER]
No se puedenguizar la clave del fichero de clave «%s» (pos») en el archivo «%s»)
elversión de conversión y %s no está soportado
Suta objeto %s tiene versión %BIA tiene versión %d pero no tiene versión %d.
Use timestamp para los archivos de archivos (por defecto)
Fillo con el fichero con el fichero con el fichero de configuración 'll' otra 'll'
-t, --table=NOMBRE la relación (NOMBRE (NOMBRE) rece, revit, evit, NOMBRE)
número de procesada: %lu
la arquitectura «%s» no válida
error al copiar la relación «%s.%s.%s» no encontrado: el archivo «%s»
%s no se ha relololololo
Ausente el nombre de nombresando nombre en el nombre de directiva de directiva
Fallo al obtener obtener tibtizas
bfd_pef_cancción de la arquitectura: 0x%lx
Esta estilla de `pres` o «st» para este valor valores de «s».
La extensión «%s» no es reconocido.
No hay exproxyyyxy
no se puede accedar %s
no se puede abrir el abrir %s
--biiizado ---stst-opst-opst-opdado
Suseciprizado, o el modo modo de registro equivocado.
Usanceance] [pada en nombre de nombre.
El archivo de anchura vacío fuera del proceso hijo en el hijo
No se reconoce un lista lista de instrucción '%s' para instrucción '%s'
Putén el URI
demasiados aplicado (%d(%s, Sarres: %s): %s
la clave de servidor de claves: %s
Infalalalal
CatTTENTA sión: %s
Paracción[%d] .x%x%x%x%x%x%x, 0x%x%x%x%x.
Define el tamaño de fichero de WAL en servidor.
(mboclax) la línea %s: '%s' de línea %s'
Polías (bicaduridades activado): nica)
Compar archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEGICHEICHEI
el slot de replicación «%s» es una base de base de datos
falló laname() con el nombre «%s» (%d) '%s'
| se emplazar un PIN de clave para crear la clave.
se esperaba `s', otra el registro «%s» en la base «%s»
Los listado de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar pulicicicicabul conpad
El archivo de caracteres que terminada que el número %u no es una directivas.
El mensaje del commit l debe ser un mensaje:
sus Unicode de salida inválida
intentó para la sección de coma flotante en la sección absoluta
El valoresión de la cadede 0.
no se puedeintegintegr la local con la local %s local %s
Define todos los todos toda del programa en el programa en el programa en el programa.
Beja; Bibido
operando no es una constante
comprobación de comprobación de comprobación en la expresión y MID bits
ADDENS
Cripriorcionescionescionesciones en la sección
(ARARMAAAA no cada directorio para el 6 ARM
intenta iniciar el servidor de servidor
audio de audio MP3 (mininst)
Elamiami
No se pudo encontrar el paquete %s
Flas: %s
Cito
se esperaba un lista de commits por commits por por por por por conjunto
edita de mensajes de mensajes
No permitir una referencias referencias compartidas en bibliotecas compartidas
Despoflaz Intery. Muestrariminalimiento.
Comuca un registro registro registro registro de registro.
Para existe el valor «%s» no es un firma depB (por defecto)
ERROR: intentó el enlace a %B con %B con un «BBBB» diferente diferente diferente
El título de través del icono
icono
Oldminico
--quiet solo es una ruta es un nombre
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
proceso binario binarios con texto con texto de texto
Serectado Ll
--un no rastreado con --cres con --cusos-osososos
%s: Falló la caché de cache '%ld: '%s'
ROWdas expresión de entrada en %d pos
El «stilililararmilado
kill [-us [-gnspec -l | se hane -l o des]
Aviso: nombre de «fafhhips» en %s
cancelando el lock debido al lock a lock
Mostrar los Nombres de discos
Direcciones .dusal disponible disponibles -mml en la opción -ms opciones
El archivo de sistema-only
no se pudo actualizar la arquitectura
El array de acceso en este objeto actual
operando de rango fuera (%ld) no debe ser %ld)
Resando objetos en el objeto globals en el nuevo nuevo clúster
Mover entre el tensecen no está soportado
valor de entrada grande grande: %s
no se pudo crear el tipo tipo tipo de dominio «%s» en el directorio «%s»
Anicas/res/lo no pueden ser desión: 0x%lx
Accept duplicado
Camabuso el primer planohhh++++ a `hhhhhhhhhhha
fallo al obtener el grupo de grupo
no se puede establecer el establecer el establecer %s

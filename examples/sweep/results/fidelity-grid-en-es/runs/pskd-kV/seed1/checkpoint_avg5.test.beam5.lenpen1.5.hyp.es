Si el botones ago debería ser los botones alternativos en pregados
Incirma-rososanos
no se pudo crear archivo '%s'
El dominio a la dominio en o o dominio NULLLLL
%s no puede ser aplicar a una función
se descarta
problema '%s' a '%s': '%s': %s
-n, --quiet, --quietsilentes muestra los espacios de tientes de los espacios
no se puede usar la expresión de subtítíía en la expresión
Daseme «s» de nombres «res»
El archivo de solo se ha sido
(unaduidadesitativo)
Excionioniones de eventos
tipo inesperado `%c' en el tipo precicación predicado
Error al tras %s: %s
el proceso proceso de plano
validación de firmas de datos de datos
%B: %#Lx: aviso: aviso: símbolo en la sección
no se puede crear el fichero de fichero %s
AARCHARCH en ARCH
Error al iniciar el parámetro de el tipo %s: «%s»
las referencia de ref «%s» para '%s' no «s»
Mon-honmersherers
base de datos %s
No se puede llario Duano
la clase de binario no válido
Por favor consistete de claves: ddinos
--cencar el nombre de rama
Define la mientras seguerndo el nuevo clúster
CRSRR, República de Santériza de la vistas
Indica si se puedencar la líneas de word, word otratratra si si si si si si se han aplicaciones de la líneas de la líneas
Cashorr la clave de la claves fack (fashhhhhhhhh)
La secuencia del servidor de la tipografía Xlla el servidor X.
Cdrom con Ubuntu 9 9.10 10 «Kam»
Tawanano
la opción -s opciones -CTA||-cetrrrrl no pueden ser usadas junto con -cción
No se pudo renombrar un directorio, o un directorio, o dimy o rimo
Nexistiza la dirección de psalalal
Pamama de Zana
El número de cabus segurado por la pantalla de bloques de bloques.
Veweras
Tipo de formato de con formato de cal -mintizados, -d multien, -trupup, -c, -a el mismo mismo espacios en el mismo -t, -t, -tiza un espacios en -mm, -tizado
el archivo no está instalado, pero no soporta instalados en este compresión
Cololís y pidids, basongullia
línea de línea no válida de la línea %s
no se admite el URL de todos todos todos los URLs de rellos de URLs
Time a Lióó:
Aplicación de salida en la salida INOOODAININ
Sección [%2d] '%s': hash para el índice de dispersión %zu
No se permite el carácter de caracteres 'c' no se permiten un carácter de caracteres en el valor de 'to
destino
alias Xalias del Xalias
core y bits en el largo de 32 bits deben ser 32 bit.
sparse: filosiltros se han ser redededado
No se admite el duimiento de trabajo.
Francés (Suizar, sin teclas muertas)
local
Sección [%2d] '%s': ALGBO_BROUF, pero sección de sección de sección de sección de sección no está presente
operandos de tipos no puede ser inferido en el tipo
inicia_pepros: pgpg_tie pg_troso
no se puede encontrar el primero de primer registro GSTS
Operación: --ac=HSHHS con --acasistemistes
leer el archivo de ruta de archivo de archivo
no se puede iniciar el inicio de %s
No se han usar las opciones de datos en el «ok» en el usuario «%s» en el URI»
Modo de empleo: %s [opciones] [(s)](s)
la opción '-c' requiere la opción positiva un entero entero entero positivo
No se reconoce IN_INTT_ONFI_ONFFLA
No permitir una definición de los nombres de símbolos en el archivos en -vos en -vos con -vos
la opción --no-conflict-s requieren-operadores o --sersert-insersos, --sert-s
clave %s: la clave «%s» firmado %d
el índice de versión de versión %d
Se especificó un protocolo de protocolo
Francés (al).
Runasecar los ventanas de una ventanas de ventana
-a, --allall todas las bases de datos
<stringstringción de tabla: %ld
El valor de la cacedado para el valores de «as».1».
'%s' existente; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: falta el nuevo clúster
--no-mod-modific-secededizar el modo de rarama de rama
Sintés en el polol de la pololol
no se pudo comprobar la verifica o HEAD «%s».
-mas-name> Establece el método de 84, 8.0333333333333300
<label>
Se esperaba un argumento de argumento PRRO
Tipo de %s no implementa en el «s» de Gcons»Ifa en GIfaca en el GIs
no se pudo analizar %s
Max peticia de x
la instrucción no admite el modo de la dirección a este modo
abortando la transacción de abortado
kipizado de claves: %lu
no se admite la orden '%s'
El número de registro a un proceso hijo a una hijo a widget
sipientación de WAL (LSN) %X/%X que %X
el argumento %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu «8».104tar «W»
Marando %s
discrimiminas de cero
El inmediato está fuera de límite para 55555
-fatuxilás sin puede ser usada con -arshar
Matos depurarizadas para el archivo
%s requiere un valor numerado
Lista de XKBB
multiple escribir el mismo de registro para el mismo mismo
%B: número de reubicación no válida de reubicación %d
Cajuk222
-X, --exclude-format=sororor=SIITTERERs de listados de listados de la listas
tipo: %s
diversión de local %s a %s
la clave %s de clave %s no utilizados (%zu)
abortado antes de asignación de lectura
la instrucción requiere un índice
debe ser ejecutar en un sparse-check-checkoutout para repar a través de titospros
el tablespace para el tablespaces para %u no se pudo eliminar %d
--tacción <size> Establece el tamaño de la pila en el tamaño de pila
el índice se debe ser usados en el índice de índice
atención: %s contiene un punteros
«CCSP» repuerderer»
el valor de campo «/time» fuera de rango: «%s»
define un nuevo nuevo nuevo de operador de una familia
no se admite la sección de sección en %s: %s
Incorasexe_ardargusasascción (por defecto).
Internalal: error de error de errores: «%s».*s»
Datizado abortado.
Bendersacusas
documento de AWsk
la sección de sección [%u] [%u]
refshor_opciones>]
%s: falta un registro devisiones: %d devis
Veración: %s
Vetienames
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
No se debe deben eliminar un sde un sla de /os/s/s/s)
Error de SDDDD
-, --help[[[[[opciones] muestra este árbol de trabajo, s
Verntica de Ajusto
Símbolos usa un instrucciones para una instrucción
no se puede eliminar el vie de la ca «%s»
la función «%s» debe ser INSERT para INSERT INSERT INSERT
Sappuando instrucciones o instrucciones
no se pudo analizar la lista RVID «%s»
valor inválido para la opción '%s': '%s':
Cololcarás de «s» para relllskkklicados
huse páginas no está soportada en este po
Munté como una expresión YTPCT
No se pudo definir los símbolos de símbolos en la sección
Define el número máximo máximo de los números de auton de los procesos de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [NCRORO] o bien: %s
deser_limita_zaca
el archivo «%s» contiene una cadena no contiene un LLL en la cadena, %s
el cliente no válida SSLASL o meecane
carácter inválido
Establece Establecer PRGO como tener el enlace de un enlace de enlace
@%s de reubicación no es una reubicación.
Generar mensajes de mensajes
%s: un directorio de directorio desconocido
(fixfixfixación y conflicto "git") --continue)
redo no es reecesído
CPPizado (comprimido con comprimidos)
no se pueden asignar el argumento de agregación %d como argumento que %d
%s necesita un parámetro de parámetro
No se puede utilizar una sección de la sección debido a la sección .bb_bido
Dirección de la tabla:
Urdus (P, kanana NLLL)
El cambios acar el repositorio
<uno>
--entry escentry <nombre> como de caracteres DLLLL
cambia la definición de un texto de búsqueda de búsqueda en texto
no se puede recezar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplicación de cambios por las de commits existe en commit
Los valores son el valores «%s» y «%d.
no se encontró ningún entradas
Tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: claves no es una clave de confianza con firmado con la clave!
Los tamaños de pg_data y el tamaño máximo no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de la se en la barra de icono
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de valores de omisión
Tempo de memoria al asignar de memoria '%s'
El primer primer primero de la ruta de la ruta de la ruta estilada
Define el desplazamiento entre segmento de desplazamiento y segmentos y segmentos de segmentos y segmentos
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -d) -l se ha llden en el nombre del fichero de subtientes en el subtizado en el nombre del fichero.
no se permiten funciones de funciones-nnnninging en la función de remoror
Kurria (S, Fiaia (S)
abililio activado
Establece el tamaño de la tabla de NMUBMERERER
Si al sezarios de WAL o el directorio «%s» o el directorio «%s»
|dusit-log-log-recultuls
( fuentes: %u: %u)
ATENCIÓN: permisos en el directorio de permisos en el directorio '%s' en el directorio '%s'
El Qullicados de paquete
-mno-[%s] -1-7/sisisisisiste %s
Cahat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de calogo tiene plusión del mensaje pero no soportada para el valores de la barra de .sión .lus'
Laio
%s: fin de entrada tiene un archivo de entrada de entrada
contador no puede ser null null en FETTTTTTTIIITTTTIIDDDDDDDD
\pset: la columnas de la columnas de la líneas de «s», «set:
No se ha «endiendemendica para este software.
-d, --dbname=NOMBRE nombre de la base de datos «%s» a «%s» (por defecto)
no se puede esperaba al menos un contexto de contexto de contexto de contexto
%B: reubicación preclala de reubicación de reubicación %s
un registro de dirección de destino
El firma es una probido es una FORG.
el ordenamiento «%s» no existe para la codificación «%s»
Misciendo comando comacueseseses de cororacues.
%s Muestra el memoria de memoria es %B.
|VUUA||use la clave para el pololol
cancelado por el usuario
Kusenguaje Kus
el índice es demasiado grande para word
República de Nigerera
Exciendo el carácter de caracteres de argumento
el nombre simbólico con el valor simbólicos que no pueden ser un `ptiste de rango
-P de la contraseña de la contraseña de lasión de registros de registros de servidor
Alemán (Bone, escezar el directorio personal) en el conjunto de WAL
puntero de registros de registros ZZ
.endient sin un preciente con directiva .entado
Runas en el directorio de pg_pg_pg_backup a los datos.
Error de war: Error o bien: o bien: %#x
%s ya explícicitas de nombres de archivos des y y y s
spipizar el fijo en esta instrucción
símbolo%d
-32 crea el fichero de 32-64646464 - bit bit de objetos
OPR_RR (secicicicatéééés)
el modo (%s) no coincide con el modo de %s (%s)
um, nombre de nombre, %.*s: %s
[ARGARGS
no hay sección .cnado en la sección de sección
Necesita autenticarse para los parámetros de los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <separtendizar el árbol de trabajo «-» (por»):
ONONFIONFLLLCTT puede usar una tabla que se puede usar con la tablas que no pueden usar un más más más de las que se puede usar con ONFITICTICTLLLLY con una tablas que puede usar ONFIC ONFIC ONFICTIC ONFIC ONFIC ONFID
[ pila []
no se en las argumentos para el cursor «%s»
Aplicación de símbolo %s en %s
la columna «%s» de la columnas» no son valores
procedado_de_name
%X%P: fallo_hash_hash_hash_lolo: %E
INPUTAARD ...
no pueden usar los grupos de grupos en «s»
%B: usar formato de columna «%s» de la cabecera (%#_#Lx (%#) en campos)
se debe especificarr la ruta((s) revisar) revisar
%X%P: la sección de sección %s y la sección %A no está en la dirección %A.
el ID (ina de clave %s)
Funcción en esperaba en la crupupupto.
--%s toma ningún argumento en el argumento de argumento y argumentos (b).
Esta orden no se permite el modo de orden %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con concul en el modoes
conectar a la base de datos «%s»
-h, --humumumano de salida en la salida
se esperaba un mensaje de longitud de mensaje con word
No se encontró instrucción
Runa no ser modo de modo de modos. Mlías de modos.
las opciones SP: --apusamushashas
Merta de la de decerción
.G_OOOO sólo contiene un objetivo DEFAULT
Manamana
Francés (Devora)
no se puede utilizar el valores de códigos para el valores de como no pueden usar un valor cuando no pueden usar un valor de datos.
%s: sumonona de fichero.
iniciando el inicio de inicio en %X/%X (lo %s)
No se encontró ningún encabezado XPM
64-bit SIMDDAMD o coma flotante otrado coma flotante o recisión
Tipo de «AAAddimdiz» PAAS tizasetiza
codificación de codificación desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GDD
Este «sitititititita sólo puedenita de versión y la versión y la versión.
Qualidad:
no se pudo generar un código operacional para operacional para el ramererado
free de inicio: el tamaño de inicio y el tamaño de los tamaños son distintos
Establecer la imprepres
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LY_LSTTUUL (almacenas de la consultas de la consultas («S)
Este etiqueta o «s» yasecuales de los nombres de «s», «s».
no se puede usar la instrucción con la instrucción
he %s: no puede ser matertizo: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en «group».
establece en la ramificación a trasck para cuando hay materr
Abujo en el repositorio de paquete para el repositorio de tizado.
El tamaño Gl de la imagen GIF tiene el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CCCCENA para código para el ensambla código de destino
%B: no se pudo crear el tamaño de memoria compartida para %#Lx a %#Lx de %#Lx
Falló la generación de con %s: %s
se encontrar la firmas de firmas
Necesita autenticarse para «group» y quine» y quiquine para quinita de autenticación y y y y y lase para rese y quiquinita autenticación de autenticación de autenticarás y quinita autenticación y y y y quinita autenticación y y y y y y y y y y y y y y y y y y lase para rese autenticación de quiquiquiquiquiquiquine para rees.
Tipo de tícción de YMML
Palando fichero '%s'.
Por favor en el número de componente en la componente des:
Sinando tiene unascededidos de las.
República de Grama
No hay rgangico (S /7)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_NOPS (almacena en la expresión NUPS)
Replicación de /endien/endrien
Muntado como tregables
no se puede crear el columna %d de columna %s en la columnas en la columnas
formato de mensaje no válido
el directorio tiene tipo de entrada %s (030330, 5/7)
El número máximo para el número devolvient_tornose() para el áre_ment_ent_ent_trentent_rese()
%s Ex Exión:
ignorando ref refs sin con <papapatr>
Crinidad ya ya detino
rango
3 fuera de límite fuera de rango
-f, --den=ldse las fechas de los campos de las de las de las de las que seguales («SIn», --s opciones de los formatos de salida (s que regus opciones -S, --ftizace -SInececececegus opciones de salida (MIMIMIMIS, --for defecto, --s de los formatos de los formatos de la líneas de los campos de la líneas de la opción -fortizar la líneas que con el formatos de los campos de los opciones de los opciones de salida (conconconconconconconconconconconcececev, --s de los campos de los campos de salida de salida, --s de salida (s de salida, --s
no se puedever las corrpes
Orderados de opción:
Gutete de Greckl
de_mitite
procicado procedado (pica)
la definición de una lista de columnas no es un tipo como de la función comparitado
anal_fer_referencias en %us para %s
valor de claves de la clave «%s» en lasinina «%s»
Activartable
Los opciones y la salida de salidas:
tablestables
Reservever para los datos (pendiend)
la reubicación tiene el desplazamiento %zu
splitInexexcerxexistiententes y el valor entre 0.
reppsononononons (nep)
buc: literal de token de token de tokens
debe ser dueño de texto de la configuración de texto %s
%s no está soportado en modo 6PS
Error de longitud de la cadena de la cadena no válida.
Anutado y la Budadas
sólo se puede combinar un elemento para el «S» para "%s"
-n, --num-nertico PID, PIDs en lugar de PID, PID, PID, PID, PID, --s en lugar de PIDs en lugar de PID, PID, PID, PID, PIDs en lugar de PID, PID, PID, PID, PID, PIDs (ppps, PID, --se el nombre de PID, PID, PID, PIDs, --s, PID, PIDs en lugar de PIDtienttipsegidididididididididididididididididididididididid=Nos, --target-tetetetetetetetetetetetetetetetetetetetetetetetetetetetetetientes
imagen de «A» ha «D» de imagen de imagen
no se pudo encontrar el ID de archivo %d en el archivo debido a las debido, no se pueden aplicado en el fichero des
documento de Pocktroto
Secur el fichero meta de fichero: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para «%s»
no se pudo abrir el archivo «%s»: %s
%s falló falló: código de error al código de error %d
%s: valores de campos para el campo «%s» no debe ser mayor que %d
Susolas Esho
pack de firmas de firmas
través(s) añas)
No hay candidatas que no seguerrimiento de jusegados que ne un refs.
se recibió un datos de datos GSSSSPIP GSIPIP enced
tiempo de tiempo
No hay actualizadas que no existente las de las opciones de las opciones de actualización de actualización.
Rezalalado
Cando copia de trabajos '%s', BFF en la pantallas de Git
las «%s» no puede ser vererto «%s»
No se encontró ningún elemento
No se puede stdin//papadrrrrrizado
-E, --en=cocotCOENAOOOO en la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección de sección
\ch [-o de la cadenas [SP] [-nemplas de la salida (no-ununa de la salida)
Necesita autenticarse para cargar la función de cargar a la función de cargado.
el array debe ser un array de array debe ser unidimensional
No se exalalalivis de visal
CKidids
no se admite la entrada de entrada de entrada de entrada
Critados aparadados. Estados que se deben usar la cadenas. Estados de la cadenas que segur que la cadenas.
Si debe ser un símbolo de función «am» o la función.
Ubuntu «P».044trelcistisisist»
Tipo de protocolo de protocolo de protocolo de protocolo 1.
Indica si se deben debe ser mostrar las que se deben usar los widget
Clala de CoraG
Espro en 4
el longitud .COMMENA) fuera de límite (%lu)
CT_LT_DDL (L) definidos por la ubicación ubicación de ubicación
No se pudo socketr el socket de dominio «%s» es demasiado grande)
%s tiene la función %d tiene la columna %d pero la columna %s
Mostrar el carbarácarios de los botones de los botones de la cabos
Si es no se ha *statase la claves de usuario.*s en el ID de usuario.*s en el usuario.
Opciones de hijos
Runa de órdenes de compar:
No se pudo procesar el proceso procesar
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar el commit-graph todos los archivos de commits
Error al cargar la icono: %s
FOREACH de array
-- replicación de replicación no puede especificar en la replicación de replicación
Campizado de índice des en el índice de índice
Quibente la reset (ininado).
Xnecir el Xn
Mando un atributo mal mal mal mal mal mal mal formado
el fichero '%.250s' está corrupto %d) -d) -d)
Dibiiizado
Tamonmonsonsonsos
añadir los tamaños de tamaños de tamaños de tamaños
Aplicando: %s.*s
Los valores de pg_pg_control:
****** *** *** ***
el destino no soporta la opción de la opción «push»
Celístico
shell
termina con la entradas de entradas de byte
no se pudo borrar el directorio de trabajo para el directorio %s
En la directiva %u, no se puede un nombre de campo '%c', pueden un nombre.
Sistallados de narados
--no- replicación de replicación no pueden un replicación en replicación
el hijo y el proceso hijo con con el hijo %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio. Por favor en el directorio. Por favor en la líneas línea de «por»
emplea -mcpu=arm666
error al leer el archivo de cache '%s' para el archivo %s: %s
tiempo de zaza de saza de rango
psil_juxistreso: %u: %s
-F, --format=MTAATTER ningún fichero `s' (por defecto, rac' (por defecto)
Dabase: %s
archivo de fichero regular
Alemán (aduca un graducu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Alto establecer el conjunto de «st»
Oimanano
Una <%s> ya existe existe existe existe
%u parte el índice.0s de versión del índice %u página.
Bep cuando es una claves cuando es una clave
Modo de empleo: %s......
Mostrar símbolos de símbolos definidos por símbolos
spizar todas y todas con la líneas de la líneas de la líneas comporta de «kiziz»
No se puede definir el símbolo de símbolo: %s
\gun no permitir a un número de laste, o ocradado, o otra el número de nombre de «raceded»
NOMBRE NOMBRE comando los ficheros de «NOMBRE» para los archivos de ficheros
código de uso de 2-66 de 2
Replicación de /ubicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» para la entrada «%s»: %s»
no se pudo crear la restricción de reininciones «%s»
nombre de nombre
mostrar ruta con la rutas que cambios
no se reconoce un parámetro de parámetro de control: «%s»
%P: NOMBRE NOMBRE no debe ser vacío; se permite un conjunto de cadena de «k»
el cursor «%s» no soporta una tabla «%s» FORAS UPDATE
Idinta (sinatése, teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git'
%s requiere un archivo de base de datos de datos o un archivo.
Vewwe el plano seguable
ONONFICLF no está soportado en una tabla «%s»
%s: requiere -Z) requiere el Linux activado
%B: número de reubicación %30400
el directorio de datos de datos
%s: no se pudo definir el postigos de las
No existe la sección de sección de la sección de la sección de la sección de la sección.
NT_VM_SASMTAMS (VV) tabla tabla de nombre)
ausente .end para .func
no hay mapes en la terminal de la terminal a %s [%s] [%s]
Falalma
No hay expresión de expresión regular
protocolo
Aspapagado
Noneones
ONONMIT sólo se puede especificar COMT sólo pueden usar la tablas
no se puede abrir un directorio en %d en %s
Saburibo
%s: falló
fogurando comobo una dependencias (poskk)
procedido el parámetro de OTUT no se pueden aparecer un valor de «TTE»
eval: se máximo segualintro del nivel máximos (%d)
Tabbbujo
[interterterterterizados en la interterada]
Necesita autenticarse para todas locales.
no se puede copiar los datos de datos de datos para el directorio de datos para %s
No se pudo cargar la imagen de cargar el archivo «%s», no es un archivo «s»
%s prepende en %s
se esperaba un nombre simbólico «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice de índice «%s» porque el índice «%s»
%d-graph-graphgraph sin registro
excexce laspción de «cleanup»
No se admite ningún no está soportado, dimimir %s.
la secuencia «%s» sólo sólo es privilegios de columnas
--recenensa el símbolo de cada fichero de cada símbolos (por defecto, ientes y el enlace de ientes)
sennntado
%B(%A)(%A no válido: tabla
Este algoritmo en el algoritmo de «groupinginginginginging» con lasha de búsqueda.
reserveo («cancandand) o el tipo)
Aplicación de salida
La columnas de la columnas de la columnas de columnas.
-q, --quietquietquiet muestra quietquiet
Tipo de tipo de tipo
Corrizado para el archivo ET_REL
el sistema es una base de datos de datos a un origen
nombre de macro no válido en la ruta de bibliotecas: %s
Registro: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener la contexto de contexto de seguridad de %s: %s
Paragraph de la cadenas de como una cadenas
%s: ABI mientras se enlazar con módulos: %s con módulos
Indica si se deben los contenidos de texto existentes
Kubicación de autenticación de 5s no está soportado
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de campos en la línea de línea
Exporta SBLY a la tablas de tabla
no se pudo escribir al programa: %m
Indica si se deben debe deben ser un tamaños desosos
Su cambios locales a las siguientes siguientes siguientes de los archivos de commits locales: %s o nus.
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el directorio de las des desosos de tablespaces en el usuario no pueden ser clúster.
changando permiso de permisos de %s
no se pudo eliminar el proceso proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos de símbolos: '%lu'.
opción inválida «%s» no válida: «%s»
Los ribie para la clave «%s» y el archivo «%s» ya en el archivo «%s» ya existe en el archivo «%s» ya el archivo «%s» ya existe existe existe en el archivo ya en el archivo y el archivo des» ya el archivo des» ya en el archivo des» ya en el archivo des» en el archivo des» y el archivo des» y el archivo des» y el archivo des» y el archivo des»; se en el archivo «%s» y el archivo des» ya existe existe existe existe existe existe existe existe en el archivo «%s» ya el archivo des» ya el archivo des» ya el archivo des» y el archivo des» ya el archivo des» ya el archivo des» ya existe en el archivo des» ya el archivo
no se encontró el nombre «%s»: el nombre «%s» «st» (p»)
-p, --port=ORORO la base de datos (port): «%s»
--exec-tatatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
fetche CRL CRL de la CRL de las: %s
Verificando los usuarios de usuarios definidos definidos definidos por usuarios
`Efs' no válida
Sección [%2d] '%s': referencia de sección no está permitido en la tabla de símbolos
versión de array de versión: %u
%s: Dirección de nuevo está nuevo está nuevo
""" debe ser un head de «RPR»
sección: 0x%08x: 0x%08x%08x%08x%08x
debe especificars perosos
no se pudo definir la configuración de configuración
No se puede reinar el servidor de dominio para este servidor
%B(%A+%#Lx): error de error: %s
Indica si la función debe ser un grupo de grupo del grupo
Proxyyetizar las: %s
gusile: '%s'
La tabla %s requiere una expresión %s
Desericatado
no se reconoce un valor de un valor de agregación para la función «%s»
No se pudo abrir la conexión a un submitado: %s
el directorio de datos «%s» tiene dueño del dueño
Usicatados en su lugar.
error al definir la definición de la definición para la función «%s»
el archivo de codificación de datos de programa-endian-endian
Líntar el texto actual en el texto en el texto
Losión de parámetros DHHH en el archivo.
%s: ICCF de Consuizado después de %u)
define una función de agregación
Sisación de archivos
no hay archivos archivos de índices.
Unuto de stashs existentes; el nuevo nuevo clúster.
Revisandos aplicaciones de aplicaciones
VERSION %d.%d
Indica si la muien es un número de la posición, este número de la pantalla, víx
%B: fichero mmo no válido para el número de archivo de nombre de archivo de usuario %d
No hay claves (Mizanana, sin teclas teclas muertas)
no se encontró ningún «%s» en la remomomo '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-war el nivel de nivel de nivel no es cero, añ-ininado, a cero, cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de byte para la salida del byte.
-m[[[, --format] --s[rgus[rs[A utilizandos]
El firma de clave es una clave.
socket de socket
atención: la línea de línea no está reconocido: %s
República de Gamana
El nombre de cadenas as argumentos que debenuros de argumentos de argumentos y argumentos de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_cocoxf_xyyy_port_res: %s
el formato de ld_referencias para la salida para el formato de la salida «%s» (S)
No se UID/fijo UID/N UID está fuera de rango en %d) -SY_S_SY_SI_SY en %d)
no se puede ejecutarsecuse «opt» «root» «root» «root»]
leyendo '%s'
no se pudo renombrar la ca %s a %s
(intertern utilizar git-rebase para git)
La fecha de la con el formato de las de lasión del INIPICTER -m, INIPI el formato del sistema. El valores de CPU y la variable de CPU en el formato de CPU y las de la variable de CPUs de CPUs de las de CPU y INININICTICTICE en el formato del sistema.
error al establecer el registro de la 5s del paquetes'
%B(%A+%#Lx): reubicación C++M: %# %# %# %# %#Lx es 16
el símbolo de símbolo «%s» se encontró*s» no se encontró un secuencia de base de datos
no se pudo finalizar el archivo «%s» en el archivo «%s»
de orden de fuente %d desconocido
República de Acción de lacción
valor de config numérico '%s' para '%s' en el submódulo '%s'
desconocida: desconocido
El servidor del servidor HTP de servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos de datos GSSSPS GSIPSIP en la repción
No hay reubicación %s
Error al establecer el tipo de establecer el tipo «%s» no se obtuvo el tipo «%s»
el uso de solo pero-directory través de <fichero> en <fichero>
valor de fracción fuera de rango
No se pudo obtener el fichero de atributo «%s»:%s»:%s»
-e --output-cexe <nombre> Genera Generarizar el archivo.
Ecapepe de cadena no debe ser un carácter.
`%.*s' ya está definido en el rereretotototototo
corruptos de lasión de memoria compartidas en %u para memoria %u
usuario no válido
no se pudo cambiar el dueño de %s para el dueño para %s
Ejexcuzca la orden de entrada y «SP». Cinin», o «n»
debe especificar un lista de la lista de caracteres es un campo, o o campos, o campos
usando usando neo
no se pudo interpretar HEAD
no se encontró el nombre «%s»: se vías» (««s» (-in»)
problema de inconsistencias en %s:%subico: %d
Kar (Bil)
.tag' en el objetivo no está definido
Cruriento Color
NE: las opciones de cuando se hanuizar la versión del «E», «s».
Sección de encabezado (+: %ux+++%x%x)
la opción de «push» no tiene el nuevo nuevo nuevo nuevo de caracteres
no se pudo codificar la cal
Se han detectado en $ $_ilos
--use-asera la variables de las de las de las columnas. Muestra los usuarios de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de la contraseña no se hacuuuuertos de las de la contraseña y ramamamamamamamamamamamamamamaprororororororororororororos de las de las de las de las des de las de las de las de las de las columnas de la contraseña y ramamamamamamamamamamamamamamama
Actualizando Actualizando
-t --premp-fijo <fijo <fijo <nombre> Us> en el nombre de fichero.
la versión de datos de datos
%s: o %d o *s%s' ya está definido.*s: %u
no se puede reindexar la base de datos de datos y la bases de datos
valor de %ld fuera del byte fuera de rango.
leer el índice de las en el índice des en el índice des/stubr/>
--war archivos de índices de índice CDDDDD
tamaño .bs tamaño .ld <ld!
Opciones de salida:
%s sólo puede ser llamadas en un disparador «lltrltrltrdicado
Interminitados
%F%P: la opción de opción %u no reconocido: %s
Por favor con codificación compros/reretiproros/pros.
Suita al área de trabajo4
Anunos de Daminina de Poos
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignación de asignado
valor de parámetro para el cursor «%s»
Registro de la carásitas de bannasos
AVVgas
identando la extensión de extensión
Aún código de fuente
armororr: %s
'--p=SFIC_SIPTTTTTTTSSSIP]
-a, --text muestra todos los archivos de texto
Use el repositorio-facing, en el repositorio de la orden y fichero de ficheros
Sección [%2zu] '%s': referencia de sección no válido en signo
-%s' o opción -o
la relación «%s» no se pueden crear el disparadores
Incdex: %d: %d
Malción de encabezado de encabezado: %s
Criza, Tazartizo
%B: símbolo de símbolo «%s» no reconoce 0x%x
%X%P: problema de recorrido de recorrido de recorrido de %s
número de rónico (%d)
creación del sistema no soportada en la columnas de sistema
«%s» inválido
el número de cererticación no es válida
extensión de extensión 16-bit
subproceso con estado de procesos con estados no reconocido %d
PCSCS##
Francés (POOORORORORRR)
# El la variable de la variable de de de la variable de variable de de de de la variable de de partición:
Ubuntu «8.04444 «s»
***
%B(%A+%#Lx):%#Lx)
changando versión %s a %s
Direccionamiento de la dirección de posición-endiente, GROTROAP de GP
<archarche> para el nombre de la arquitectura <nombre>
[Errrorr nombre de nombre]
[FILE...]
infflazo devolvió las (%d)
no se puede establecer la relación «%s»
no se pudo crear índices de índices de índices
el registro de registros violaciones de registros (picositación (IN) para la tabla «%s»
Si no está permite ningún uy, %s. Mimononon ARGf ARGfo, ARGARGfo.
-no-warn-netintro de los cambios no es un revisado
el directorio de «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres de caracteres
Este software requiere %s %.2f GiB, pero el sistema, pero este sistema.
terminando la conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Reportasaguse a <guimiento de <guimiento.
Filue, lula, s
No se pudo definir la arquitectura y quiquine.
Lista de acceso de accesos
%s: se tran los datos de datos des no está disponibles de `%s'
Ach:
Su necesita el bisect de "gitgit"
comprobación de control del checkpoint
Mansión locales de quiquiquiquitartartarás y la imagen de locales
redenenzados en sucizar un modo de caracteres y los cambios y los cambios, peros
sólo mostrar la etiquetas (puse head con head con heads)
--flush-nout=OMEME cuando cuando se ha cuando se ha sido con más más más más más más más más más desecedededados de cuando se han los datos de cuando se han los datos de nechchchchchcharararararararararáááánecedededededededededededededados de cuando se han los datos de cuando se han los datos de las de cuando se deben los datos de n los datos de cuando las de cuando se debenegadostetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetententententententententententententententes
popv_ar_text: no hay contexto de contexto de contexto
-4, ---piziv4484 6Pv, -v, 66
Número de procesados de procesar:
.cfi_de_data no está soportado para este objetivo para este objetivo
La certificados de certificados de usuario tiene un usuario o reshadkeadena de usuario.
El cadena de cadena no es un DB valida como de GuiB
Error al mientras se pudo escribir el archivo.
Montorno como un archivo, pero no existe, pero un cambio
No se pudo obtener la biblioteca de función de biblioteca
`pp=64' utilizado con un ABI de 32-bit
Kulazar Dar
Para un archivo de nombre de configuración '-os' con '-ososofosososososo para el nombre de 'fososososososososososososososososososososososososososososofososososososososocccciento para el nombre de 'fo para el nombre de ««««««ososososocipocipo para el nombre de 'fooocizocizo para el nombre de un nombre de 'focipocizeeeeeeeeee
Mostrar los programas de programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Todos la estructuras de paquetes:
usar <nn> y tiólolos de trabajo
Idiomas, (999 (999)
«wwwpóó el nombre de «8» está cero y la ARM
mostrar los commits de commit> como comos como de como común s
Popción de pusubtada
opción -mmex=crig=': «%s»
Emila de busunas, «s/s».
las referencia recursiva a la consulta «%s» no debe ser un subra
error: formato f6 6 6 : %B
la desplazamiento de desplazamiento de desplazamiento de desplazamiento-bytes
Crientriento:
replalalalazar referencias delevel
UMetificación XILIL
Número de dirección «%s» está fuera de las %s, [%s]
%P: %pB: aviso: aviso: el como de «%s»
operando de rango y %lu no debe ser entre %lu y %lu)
DWARA: %s
||No una clave máximo de la clave de claves «S» en la clave
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
crea el fichero de archivo de archivo
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de fecea de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE de «E» aserererer» puede un PEo
%s: emulación de la opción de la opción:
El archivo de ubicación del fichero de ubicación
@ Oplicación:
no se pudo crear la corormas: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s(l%s): %s): %s
Tabibues
Desplaza fuera de rango para el rango para el rango: %ld
ramificación de reubicación (0x%10x%9) [-11111112223 2 2.
Sele_de_erersersera
Indica si el borde debería ser mostrarás o no debe mostrarás
La anchura en texto es el texto esprarara
Número de multís de las aplicaciones de ventanas de ventanas que puedencimitas de subtés de subs.
(%se escribir laspuesta)
Se esperaba el atributo «%s», pero se encontró «%s».
Sucisión de?
Recetivo no válida
Límonona de cada límite
%P: %s: plugin de plugin
no se puede determinar el de la corrónico de %s
%s: fichero no válidos en el fichero de en la definiciones
los datos de «totototos» está corrupupupr
no se puede leer %s
ReDATAT_AAMTT_RELEN_RELODDDANNNDENT_ANNIITAAAMMTT_TTT_TT_AAAAANNNNNNNNNGGGGGGTTTTTEN_TTTTTEN_AAAAAMMMMMDDDDDEN_AMMDDDDDAANNNNNNNNNNNNNNEN_HII_ANNNNNNNEN_DDEN_ANNNNNNNEN_TEN_TEN_DDEN_TTTMMMMMMMMMMMTTTTTTTTTTTTTTTTEN_RELAAAM
una dependencias sin se puedenudizar una dependencias contienen al final
elementosica
nuevo-branch-branch
Se recibir el verificado de jerado
No hay mensajes de mensajes no soportadas
%s no admite ningún argumento
no se permiten funciones de agregación en la consultas en una consulta recursivo
versión de versión de la versión
|NAME|us mensajes de algoritmo de NOMBRE
El código fuente de salida
no se puede asignar a una columna «%s» a una columna «%s»
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para un símbolo externo
no se pudo conectar a la base de datos: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetros de parámetros
error al abrir '%s': %s
argumento de argumento %s a directivas.
Sollección de las
No se pudo iniciar el proceso proceso de búsqueda
Desix%x%x
función
Operación de registro.
Alnbabas (Pi)
Activar la cornnereres
Por favor en esta dominio para este dominio para esta clave, o no es «terteriza.
Alemán (nosad)
se esperaba un ININ o IN
el slot de replicación «%s» no existe
Sabusetés W con Cltrintés
nombre de campo: %.*s
(1) creado todas todas las todas todas todas)
los clústers no son con esta versión pg_pg_pgdininse
Gras
no se puede reordenar un reordenarso de datos
no se puede utilizar --filtros con --dstilos
La base de datos de datos de datos o no está compilado conviderado.
no se permite definición de la definición de la función de la función para la función
-z, --sizizongica sólo lectura de texto y texto
%P: argumento de argumento --m-pshizapshortizada)
git tag -v [--format=format=> <nombrenombrenombrenombre>...
atención: no se puede crear el directorio %s
Ubuntu «4.
el tamaño de valor no debe ser valor de valor o no válido
'%s' no es un nombre de etiqueta.
no se puede copiar un símbolo de enlace simbólico %s
error al cerrar el elemento de error al cerrar el elemento: %s
no se pudo obtener el directorio personal aña el archivo de certificado del archivo de junto con el servidor.
misepensepeneseses
Objebyecta de fuentes
bunción de dirección [%lx:%lx] en la dirección (%lx) no es una dirección de la dirección (%lx
punto de compararágars aplicaciones de fes
--pltal-neguse ALLTTE a llamadas de la líneas de llamadas
Muso superusuario para el método de acceso de método de acceso.
LHZZZ
constante para la instrucción de instrucción
--duzca la imagen de base de datos para DLLL
este modo dirección no es un modo de destino para operando para operando para operando
modo de W
\pset: sólo se permite la líneas de la líneas de la líneas de la líneas de «s», líneas
Estado han
contexto de longitud no válida
Se utiliza la opción de la opción mezación del programa en la ejecución
La secuencia de las secuencias de la secuencia ha ha si sido
el tamaño de imica del tamaño está 1 MiB
Sección [%2zu] '%s' tiene encabezamiento SH_HO_ALLCCA
removando la caché de archivo temporal «%s»: %s
No se ha seleccionar el modo de K1 (0s)
El archivo de encera hanuertentente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Aslas («sk») de una lista de tipos (por»).
%s: no se puede cherry-pick
--if-xist no existe el directorio de base de base de base de datos
Subyecto:
el rtrón debe ser vacío
ha firmado
falta el multien-pack-index de pack-unzado
-mininstr-crón-de=<nombre> <nombrenombre> A>
Sobretibres
# # /lís/rrrtico de trrrreros: '%s'
destino no es válida
Gensos
no se reconoce el punto de %X/%X; se esperababa el punto de %X/%X
Locación de archivos del servidor.
error al crear la sección de la sección de encabezado: %s
Ancho de la barra de peltientizado en el pos
Considere %s, usando usando %s de la parte, su lugar, su lugar.
%H: R_FROT_FOTTLFFLF no aplicar a instrucciones
documento vacío
la base de desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
EW a una dirección para esta dirección (se[us[us[r][r]]]
'%s' no es un nombre de submódulo
la URL (no)
CREATENASTENSII no está implementado
LOOOOO
%F%P:%pS una ubicación de bloqueo no es válido para la ubicación de contadores ONITITTTTTTTTTI%PS
elimina el árbol de trabajo de trabajo locales en las locales
certificado intermedio de intermedio
no se reconoce la etiquetas en <papapatrón>
instrucción inválido (%d) seleccionado (%d)
Dirección de «re» a una «lic» (rere», «s», t».
Use el archivo de la ruta para la ruta de archivo.
Se esperaba el campo %s, tal %d a %s.
gepocito de ubicación
Opciones de submódulo a %s%s
se ha especificado la ubicación del FEEEETATE-alignedA
El archivo es una tabla de %s, pero no tiene contenidos
Incexion «%s» contiene una tabla.
Lura de objetos objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede remomozar el servidor de servidor (PID): %ld)
la recuperación_target_de_de no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Establecer biblioteca de bibliotecas
no se pudo configurar el remoto
%s: Este claves de claves ! ¡DD se ha podría ser !
No se admite ningún el objetivo para este objetivo para este objetivo
no se puede crear el índice de partición en el índice «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instala instalación contiene los tipos son «jus». Sus» no puede ser más más más más más más más de la columnas de la columnas en este tipos de la columnas en este tipo de la columnas son «acedededededededededededados en este formato del usuario.
método de método: %s
repsonononas no contiene las «S»
el tipo de datos de dominio no debe ser marcado con binario de binario
No se puede pasezar la misha la minección de !
el tipo de definición de la función %s tiene conversión
Esta reusa memoria puede ejecutars de memoria pueden usar cada bibibus.
resubicación para las violaciones
<schema='%s'%s' en el listar-os> pero el listadas «%s», pero no existe>
Enfar la conexión de la conexión de conexión de conexión abortarios
permiso denegado para el permiso para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo shell, no puede crear un tipo de la función de la función RET, puede RET.
No se encontró ningún fichero ficheros de salida: existe existe.
Altativos de coratorruptos
abirizo, Hizo
las desión de Git
No existe el archivo no existe.
especificación_jo_control_control: la línea de línea de línea
{AAA en «S»
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenenados:
Nelicicicecicicico ( (-dedecla) estilos)
texto de todos los contenido de datos de texto de datos
max_nion_sión: %d
Nemito de entrada
falló al renombrar lastatizar las de ficheros de ficheros
Los nombres de configuración y «re» y este mensaje de usuario. Suyyyecimitos en este mensajes de commit y ritas en este mensajes en este mensajes en este mensaje yas.
Mostrar Hondujo
¿Dempo
Error de memoria: falló al leer la memoria
Encación de la lista de certificados de revocación.
no se pudo reinar el índice «%s» con índice «%s»
Apo cambiar el índice para el índice, [n,%s,%s,?]?
%s: carácter `%s' no se representar en un byte
debe especificarse consión
Arendo su suse seméééés s/N)
(only) creando bases de datos (s)
revisando el paquete, vis en el tamaño de llos que no es un tamaño de llo grande que se pueden con el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño vis que vis que ca de un tamaño llententententententententes que vis en el tamaño vis en el tamaño de un tamaño vis que ca de vis que puedene en este tamaño llententententententes que el tamaño de vis en el tamaño de un tamaño de vis en el tamaño de vis en el tamaño de llentententententententes que ca de vis de llado
este componente no soportada de compresión
la función de agregación en una expresión DITITITINININRRRRIY, lista lista de argumento
Idiomas jos
seleccionar el ID del usuario
este mensaje no está está definido definido en %s en %s
%d en %s:
falló al inicializar la clave a la clave: %s
se exacto exactamente un archivo de sección de sección y priorrior
desover una dependencias no está definido definido definido definido
Indica si la clolon en la pantalla «h» o 2shh2»
(usa "git-us" para ktipipktip)
3 GD3
%s: no se puede recibir un fichero de entrada compendización de configuración
Vecho con DOROSTEAD INTEAD no está activados.
-pp establecer el código de ensambla para el código de 8, 8
operandos de PIC
Aviso: seguizado en un pagras de través de tras.
longitud de cadena no válida: %d
solo solo solo está definido por símbolos por un símbolo
Modo de empleo: %s...
Oplicación de memoriaSL
EPLL pulazary
leer pase desde en las de tientes
parámetro de desconocido desconocido .ITITION: %s
Los de salida sólo se puede ser escritura a %s.
git árbol de trabajo [<opciones>] <objeto>
no se admite el brocastastado
izar fo.
Error al árex: %u:%s: %lulu
Modo de empleo: %s [-S [-P] [-PTTER] [-PTER]
No se puede prodizar el archivo de claves de esta clave «%s» («s») en esta clave «%s»; as»)
el conversión de con %s y %s no está soportado
El objetos de %u tiene versión tiene versión de la versión %BIAIA en la versión %d.
Uso para timestamps de los archivos de archivos (por)
Filló el fichero con el fichero con el fichero '. No se ha podo' otrados'
-t, --table=NOMBRE la relación (NOMBRE (tablece, NOMBRE) evit, evit, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s»=%s
error mientras se copia la relación «%s.%s.%s»: encontrada en el archivo «%s»
%s no se admite la revisado
Los nombres nombres de nombres en directivas
No se pudo obtener obtener con tips
bfd_pes: la arquitectura de la arquitectura de la arquitectura 0x%lx
Este la fecha de `ps` debe esta esta esta operación de «s», o bien «n» o bien bien bien bien «seguse».
La extensión «%s» no es reconocido.
No hay exyyxyyyyxy
no se pudo accedar %s
no se puede abrir el abrir %s
inbiizada ---push--opst-opopst-opdado
Repriierado, o el modo de registro de registro.
Usance] Usance] [pance]
La anchura de WAL vacío fuera del hijo contiene contiene contiene el hijo
No se reconoce la lista de operando '%s' para instrucción '%s'
Putén URI
la ruta de demasiadas (%d, Sar: %s): %s)
la clave de servidor de claves falló: %s
Infalalal
Opciones de FTTTTTA: %s
Paracción[%d] = 0x%x%x%x%x%x, 0x%x%x%x%x%x%x.
Define el tamaño de archivo de WAL en las hezarar.
(dexciendo la línea %s): %s
Polías (bicicadicadicica): (n)
Comparir archivos en el índice de trabajo y el índice y el índice yas
no se permiten operaciones «grouping» en el grupo de WEEEET
el slot de replicación «%s» está una base de base de datos
fallo en el nombre de errores de error «%s» (%d)
|FILE|P en el PIN de la clave para la clave de firma para el nuevo.
se esperaba `', se esperaba una base de registro de datos «%s» en el registro «%s»
Los listados de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar kl con ull conpadicad
El carácter que no debe terminado con el número de una instrucción y %u y %u y no es un números.
El mensaje del commit l debe ser un mensajes:
datos de Unicode no es válido
intentó para la sección de coma flotante en la sección absoluta
El valor de la definición de la fecha de la acción.
no se puedeintegr las local con las locales con %s
Establecer las todas toda desactivar las aplicaciones en las aplicaciones en laspendientes.
Beja; Bibido; Bie
operando es una constant no es una constante
comprobación de comprobación de comprobación no coincide en MIX y bits
ADDENSD
Cripridades de símbolos en la sección
(ARARMDA) no cada directorio para el 66
intenta iniciar el servidor de servidor de servidor
audio de audio (P3)
Elamite
No se pudo encontrar el paquete %s
Flalas: %s
Cito
se esperaba un commit en la lista de commits por lista de commits por por por por por por por por omisión
editar mensaje de etiqueta de mensajes de mensajes
No permitir una referencias compartidas en la bibliotecas compartidas
InfoBiz In Interfaliman.
Suca un registro de registro de registro.
Parar valor de valor «%s» no es válido como es un elemento (por defecto (por defecto)
M ERROR: intentó el enlace de enlace a %B con un «BBBB» diferente
El título de una icono del icono del icono
icono
Oldmininico
--quiet solo es una ruta es un nombre de la ruta
tipo de almacenamiento «%s» no válido
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar los archivos binarios con texto de texto
Secizado Ll
--un no rastreado con --cus con --resosososos
%s: Fió la caché de la caché «%s»: %d
ROW en la expresión de entrada de entradas de entradas de entradas en %d
El «stilililililarario estilo
kill] [-s -gus -n | se hane -l) -líguientes o ll]
Aviso: el dueño de dueño de %s
cancelando el lock debido a la fecha de lock
Mostrar el Nombre de discos
Dirección .dus solo disponible -ml con -mls
El archivo de sistema-only
no se pudo actualizar la pantalla y quiquine
El documento de acceso de acceso en este objetos
operando de rango fuera (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre las entre no soportados para no soportado
los valor de entrada grande grande grande: %s
no se pudo crear el directorio de tipo de dominio «%s» en el directorio «%s»
Se encontró un /los/lo no puede ser ser desión: 0x%x%lx
Accept duplicado
Caberizar la primer plano a la contraseña; C+++++hhha
falló al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer el dueño de %s

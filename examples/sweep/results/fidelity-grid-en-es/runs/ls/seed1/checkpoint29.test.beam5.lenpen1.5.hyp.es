Si el botones ago no debería ser un pregado en pres
Innarpe-ros de ventanas
no se pudo crear archivo '%s'
El dominio para dominio en o dominio NLLLLLL o dominio
%s no pueden aplicar a una función
se ignorado
problema «%s» a '%s': %s
-n, --quiet, --quietsilentes muestra la salida de los espacios de junto con espacios
no se puede usar el subtíía de estadísticas
Distemisbles trebles
El archivo ha sido cambiado cambia cambiado
(unaditaditadicica)
Exciones de eventos
tipo inesperado `%c' en el tipo predicación predicación predicación
Error al trar el fichero de fichero de fichero %s: %s
plan planr escribir procesado
validación de firmas de datos PAKAKA
%B: %#Lx: aviso: %#Lx en sección
no se puede crear el fichero regular %s
ARCH en pagura
Error al iniciar el parámetro de tipo %s:%s
push especificación de ref ref «%s» no no «s»
Monmés Kmermers
base de datos %s
No se puede invocar Dario
clase de binario no es válido
Por favor antes de claves iiniza de claves:
--corcar los nombres de rama
Establecendo la mientras en el nuevo clúster
CRRRSo, República de la llamadas Sotébles
Indica si se puedenccar la líneas de word, senuna de la líneas de la líneas de la líneas de la línea
Cahhorgus de la clave a través (fashhhhack)
Tecera la secuencia del servidor Xllar
Cdrom con Ubuntu 9.10 «Kamicomar»
Tawanano
la opción -s opciones -C|||-cusera los datos de ntas ntas
Mover un directorio o un directorio, o die o ryo
Nexisis píllicicicalal
Pamama de Zone
El número de carpetas de la pantalla está activar antes de bloqueo.
Veweras
Tipo de salida en -talalidas en -mmins, -d multiportientes -a el mismo -a, -a el mismo espacios, -a el mismo -a el mismo -a las, -t, -a un nombre de caracteres de órdenes
el archivo lio, pero no tiene instalados en este este repositorio --l no está instalados
Cololís pidgin y pidlíglticas
línea de línea no válida de línea %s
no se admite el URL rello todos los URLs de rellen
Inime a Liezo:
Aplicación de origen en la salida INODGIN
Sección [%2d] '%s': «s» para hacer de dispersión %zus
no se permite el carácter de caracteres 'ca' en el carácter de 'str'
destino
archivador alias Xalias
core y los longituds en 32 bits deben ser 32 bit.
sparse: filosiltros se ha si si se hanurdicado
No se acuizado un árbol de trabajo.
Francés (Suitado, sin teclas muertas)
local
Sección [%2d] '%s': ALGBL_BROLE_F, pero sección de sección
operandos de tipos no puede ser inferido
inicia_peppros: pg pg_t pg
no se puede encontrar el primero de primer registro GST
Operación: --ac=HSHHH con con --acamistemistes
leer la ruta especificación de archivo de archivo
no se puede iniciar la inicio de %s
No se ha debe especificars de «ar» definido» en el URImker» en el URIs «%s»
Modo de empleo: %s [opd) [rd(rd)]
la opción '-%c' requiere un positivo entero entero entero
No se reconoce INP en %s
No permitir la definición de los símbolos de los nombres de archivos en -vos o -vos en -vos en el ficheros
opción --no-conflict-dos requiere el opciones de --sertrins, --s-intrón, --sentes o --s
clave %s: la clave %d firmado %s
índice de versión equivocada %d
Se especificó un protocolo de protocolo
Francés (al.
Runasecar los ventanas de un ventana
-a, --all todas la base de datos
<tención de tablas: %ld
El valor de teréredado para stica de lastica el valores.
'%s' existe no se puede creadas'; creado '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el encabezado de encabezamiento de encabezado:
--no-modific-modificados en el modo de ratificado
¡ye el elemento en la polol de psalal
no se pudo comprobar HEAD o HEAD o actualizar el dización 'git rebase <commit>
-maser=<nombre> Establece eston los tipos de 843333333333:
<label>
Se esperaba una expresión PRO
Tipo de %s no implementar_res en el Gconfora en GIs
no se pudo analizar %s
Tamíx
la instrucción no admite el modo dirección de filas
abortó el transacción de aborto
kipipizados: %lu
no se admite la check '%s'
El número de registro acólo del hijo a la widget
kipió la ubicación de WAL (LSN) %XX que que se debe ser mayor que %X
el argumento %s no es un directorio
tipo de de checkpoint no reconocido: «%s»
La respuesta OCSP no es válida
Cdrom con Ubuntu «8».10 «W»
Marcisando %s
descrimina de menor que cero
El inmediato está fuera de límite para 565
-f/--axilias no puede ser revisado con -d
Mabintos ADDD-odenbles al archivo
%s requiere un valor numérico numérico
Lista de opciones XKB
multiple escribir el mismo mismo que el mismo mismo
%B: número de reubicación DMIX no válida: %d
kacurien2
-X, --exclude-format=PATRÓNPATRÓNs listados de listados de las de la listas
tipo de: %s
des localí el de %s a %s
la clave %s de clave %s no utiliza un hash (%zu)
abortó el asignado de asignación de asignado
la instrucción requiere el índice
debe ser ejecutar en un recheck-checkoutoutout apamente aparitamente a través de titos
no se pudo inicializar los tablespaces para el tablespace %d
--stacsize <size> Establece el tamaño de la pila
el índice se deben usar el índice que no debe utilizado en el índice
atención: %s contiene un puntero
«Condus» a '%s'
valor /azado fuera de límite fuera de rango: «%s»
define un nuevo nuevo operador de operador de la familia
no se admite la sección de secciones en %s: %s
Incares_exepartrr_incrrón) %s.
Error altern: error de error de error al menor la información: «%s».: «%s»
Dección de transferación aborta.
Benders de sende
documento de Aporios
[ sección de grupo de sección [%u]
referencias de refs_opciones
%s: falta un registro de devisiones devid cambiado entre '%s' para cambiar el registros
Veración: %s
Vedetados
no se puede abrir el nombre %s para %s
clase de operadores «%s» no es un tipo de datos %s
La fecha de Pas no debe contiene un sientes s/h/s/s)
Error de tarización SD
-help, --help[[[opciones] muestra este árbol de trabajo, s
Verítica de Ajuste
Símbolos usa un instrucciones para una instrucción
no se puede borrar elvie de la vista «%s»
la función «%s» debe ser INSERT para INSERT INSERT
Sapuiendo instrucciones o paderer
no se pudo analizar la lista de lista RDAUs"
valor válidos para la opción '%s':
Colcnará cabeceras de predeterminadosonlcicación de eventos
No se admite ningún huelel en este poja
Mantr un TRCPCTY
No se ha podido descartar los símbolos en la sección de la sección
Define el número máximo de la multivancción de los procesos de trabajo.
Modo de empleo: %s [OPCIÓN]... [N] [RRORCPICICTICICCICICCICICIC: %s]...
deser_acara delimita
el archivo «%s» no contiene una cadena no termina en %s, terminada en %s
el cliente no válida SSLAL o mecananmane
clase de caracteres inválido
Establece la PRORGARM como el enlace a un enlace
@%s de reubicación no es un reubicación.
Generar mensajes
%s: código de directorio desconocida
(fixfixfixación de conflicto "git revert --continue")
redo no es redo
archivador CPRcomprimido (comprimidos)
no se pueden usar como de agregación de argumentos %d
%s necesita un parámetro
No se puede utilizar la sección .bbmendicación; se extibbbbbido
Dirección de la tabla:
Uso (Pukantandan NL, NL)
El cambios al repositorio
<undundado>
--entryentry <sito> AL alternuzar
cambia la definición de un texto de búsqueda en texto
no se puede rezar el iniciar %.250s
error de sintaxis no existe un token inesperado `%s'
Aplicación de cambios dentrontrodado por commit
Los valores son "%s" y «%d.
no se encontró ningún entradas
Tamaño de objetos
Mencar el nivel de nivel 5s
ATENCIÓN: claves no está firmado con la clave de confianza con la clave!
Los tamaños de pg_data y el tamaño máximos no son válidos o no son válidos o no coinciden
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono se han en la barra de icono
No existe el usuario «%s» no existe
no se puede cambiar el tipo de datos del valor de predeterminado
Techo de asignar de '%s'
El primer primer primero de la ruta de la ruta estilió un conflicto
Establecer segmento de desplazamiento entre segmento de sólo sólo lectura
relación «%s» ya existe en la existe en el esquema «%s»
La opción -l son -d lldica está firmado del fichero. Los locales en el nombre de subtendiente en el subtien en el nombre y y en el nombre de trad de subté -lías locales en el nombre.
no se permiten la función de funciones de la función de renmarararpemir
Kurdés (Sia, Fia)
«oror» activado
Establece el tamaño de la tabla de NNMUBMER>
Sise al quiereio de WAL, el directorio vacío, o el directorio «%s».
|pac |-logutres de traddult
origen (nlele %u: %u
ADVERTENCIA: no se admite el directorio de entrada en el directorio de permisos en el directorio '%s'
El valor es escenes paquetes
-m[no-[no-1-7/sisisablesisiste %s
Cah
Actualizar la fecha de acceso y la modificación de FICHERO
el mensaje de puta no tiene una orden de través de la cabeceras en el formato .pretenteX
Laio
%s: No se ha le le leyendo los archivos de entrada
contador no puede ser null null en FESCT en FRCS ...
\set se permiten de columnas de la líneas de la columnas, «setsetset:
No se ha comende «endendende» para este software.
-d, --dbname=NOMBRE nombre de la base de datos de datos «%s» a «%s»)
no se esperaba al menos un contexto de contexto de contexto
%B: reubicación precla de reubicación %s
un dirección de destino
El firma es una firma de YYG.
el codificación «%s» no existe para el resultado «%s»
Misciendo compiscueseseseseses de buroroccces.
%s LiBuestra el memoria es %s.
|VUUA|use la clave de pololicos para firmas
cancelar por por usuario
Kuenguaje Kus
el índice es demasiado word atenido
República de Nerriger
Excioniendo de caracteres de caracteres
el nombre simbólico con el valor simbólicos que no debe ser un `pististepis...
-P PASSPA de la contraseña de lasión del servidor
Alemán (B, el entero esce en el conjunto de enlace global)
se requiere el registro de registro ZZ requerido
.endient sin directiva un precente con directiva .ent
Runitas en pg_pg_pg_backup a los directorio.
Descarjo de Error o bien: o %#x
%s y explícitas de nombres de archivos son res
filaspiendo fijo en esta instrucción
símbolo%d
-32 el fichero de creado -64 el fichero de objeto bits
PR_R (decicicicado (ludicados)
el modo de %s (%s) no coincide con el modo de %s)
en nombre de encerertado, %.*s
[ARGS
no hay sección .dyncn en la sección dinámica
Necesita autenticarse para muestra los parámetros
Necesita autenticarse para el sistema.
especificación de la de ! '%s'
pende <separtiortky de trabajo «k»): «det»
ONONONFI ONFLCT puede usar una tabla que puede usar UPDATE o UPDATE o UPDATE o UPDATE
[F] de pila]
no se en las argumentos para el cursor «%s»
Despuesta de símbolo %s en %s
columna «%s» de la columna conflictos» por omisión
procedado_de_de_name
%X%P: no se puedenn escribir_lo: %E
INPIT en los archivos ...
no pueden grupo de grupos en ntivos
%B: usar formato de local_#_#_# (%s) en la cabecera de tabla tablas (%#Lx)
debe especificar que la ruta(s) rec) reestablec)
%X%P: la sección de sección %s y %A no tiene la dirección %A.
(ininación de clave %s)
Dección fue esperaba en la crupupuperado.
--%s toma un argumento para el argumento de argumento y argumentos (b).
Esta orden no se permite el modo de orden %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar concordancias encul
conectar a la base de datos de datos «%s»
-h, --hanumumanos en la salida
Valor EORF sin mensaje con word
No se encontró instrucción
Runas en modo no ser modo dizada. Estados que no deberían eliminar el clean
las opciones SP: --apuamitoshashas
Merta de la de disco
.GO_AL que contiene un objetivo de destino que están están apunta
Manacana
Francés (Deva)
no se puede usar un valores de datos para el valores «ocass» «Fabos».
%s: gmona. U Usonrama de archivo es un fichero.
iniciando el flujo de inicio en %X/%X (línea %s)
No se encontró ningún encabezado XM
64-bit SIMDAMD o coma flotante otrado coma flotante de precisión
Tipo de «Adydimdiz» PAS BS
codificación de datos desconocida
documento de entrada T Tipo de entrada
El omisión para la pantalla GKD
Este ¡utilidad sólo puede leer la versión y rama de versión y la versión y %s.
Qualibito:
no se puede generar un código operacional para el código de raminación de la desplazamiento
fección: al final de inicio y el tamaño del tamaño distinto
Establecer la Definiendo
Tipo de reubicación %s
Opciones de argumento no válida
No se pudo leer el socket con %s: %s
setscono (create)
SH_W_LLL_RESRETEN_SENS) en la consulta de la consultas (P)
Este etiqueta o la etiquetas de marcas de marcas «sss» y «S», «S».
no se puede usar la instrucción con pase conck
el alternativo %s no puede ser materie: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutar en parallel.
set setcar la rama a cuando señazando alterr
Devueltoto de paquete para el repositorio tienta en el repositorio de tizada.
El tamaño GIlcul el tamaño de cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CIRE código para el ensamblador SRERERERE para el objetivo
%B: no se pudo en el tamaño de memoria compartida de %#Lx a %#Lx
Falló la generación de la generación de %s
se mular un firma
Necesita autenticarse y quinica locales y las de quiquine y ne y y luse y luse y luse y quizará con conse y y quine y luse y cuando se conse)
Tipo de tísión de YML
Línando fichero '%s'.
Por favor en el número de componente en la componente al final:
Sintén tiene información de las comillas.
República de Guación
Nuewano («unund 6)
definición de mensaje duplicado
Bien paquetes
STC_NOL_PR (PS) en la línea NUP + + o p +)
Replicación /endando /endriste
Muntado como téntinables
no se puede tener más más de columna %d en la columna %s
formato de mensaje no válido
el directorio de control de entrada %s (030s (306=7) <7
El número máximo devolvient_torno() para el áre_ck_tent_ent_conflict()
%s Ex Exioniones:
ignorando ref refs que con <papatr>
rinito y rinico
rango
3 fuerbit fuera de límite
-f, --fisfi=almacenas que las -ST pueden los campos de líneas (portíos en el formatos que y y y y no tienecionales de líneas de líneas que y ya -S, -SML -SML -SML)
no se puedever las corrpe
Odus opciones de Ordens:
Guesteciste kl
de_mite
prodicado procedado (picado (no)
la definición de una lista de columnas no es un nombre de la función companto
anal_objeto_ferfer en %s para %s
valor de claves violaciones de la clave «%s» por requeción «%s»
Activartable
Opciones y la salida de salida:
tables
Resererr apenderdens (pend)
el desplazamiento tiene desplazamiento equivocado %zu
split Inexistex. Muestra un valor entre 0 y '%s'
respeponononononononononon no válidos (s)
buso: expacución caducado
debe ser cambiar el dueño de texto de la configuración %s
%s no está soportado en modo 6PS
Error de longitud de la cadena de la cadena.
Asiga de Abudas y B
sólo se puede utilizar un elemento de configuración «%s» para el icono
-n, --nert en lugar de PID, PID, PIDs -N PID, --pos en lugar de PID, PID, PID, PID, --tetetetepos en -Nos, --true, --te -N PID, PID, PID, PID, PID, --true, --s en lugar
imagen del Íns de ME
no se pudo encontrar el archivo de bloqueo %d en el archivo debos, pueden ser menor el gestor des des debidoidoido
documento de Pocción de TW de documentodo
Se ha dur el fichero melink: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos externo para el archivo «%s»
no se pudo abrir el archivo de certificado «%s»: %s
%s falló al código de error %d: %d
%s: valores para el campo `%s' no debe ser mayor que %d
Susito Rusia
pack de paquetes
través de tras(es) añas) aña
No hay candidatas que no seguimiento que jergue un ref que que n que fetch.
se recibió un datos externos los datos GSAPS GSIPS
tiempo de tiempo
No hay actualizado que no existe el fetch de la restricción en %s. Por defecto de la configuración de la configuración de las.
Realalalal
no se puede copiar el árbol de trabajo '%s', de entradas en la pantallas de Git para continuar en la Git
el hi «%s» no puede ser menor entre «%s»
No se encontró ningún no encontrado
No se puede durzar pas/mpizador
-E, --enen=cotCENCENARE para la codificación
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-n escribir] [-a la salida de la salida para la salida (no-line)
Necesita autenticarrse para al cargar a la función de cargar el cargar.
el array mod debe ser un array de unidimensional
No se exalal visalal
Kids
no se admite la entrada de entrada de entrada de entrada
Critas dentrodues de cadenas. Estado por lo deberían a través de cadenas
Se debe ser un símbolo de función de función otra un símbolo.
Ubuntu 0P.04 «treliscist»
Tato de protocolo de protocolo de protocolo inesperada pero %d
Indica si se deben especificarse deben debe mostrar las widget
Cla de Corcha
Etro en 4
el largo de longitud (%lu) está fuera de rango
CT_LT_DLL (K)
No se admite la ruta de dominio "%s" es demasiado grande («diz»)
%s tiene la columnas tiene la columna %d pero la columna %s
Mostrar el cardenzar el botones de los botones de la caposititos de los botones
Si es el ID de la claves de la claves nombres *s que no puede ser *s que el ID de usuario.
subprocesos de hijos
Rundio Rilo:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la función de tablespace «%s»
no es posible encontrar archivos de commit-graphs archivos
Error al cargar %s: %s
FOREAH sin array
--base no puedelelecita de replicación
Empización de recorrido de índice des en el índice
Quitado mie la reset (ininado).
Xnitos
Ausente o siendo un atributo mal mal mal mal mal forma
el fichero '%.250s' está corruro -do tupupupup)
Diiizo
Tonmonmonsonsos
añadir el tamaño de 64o de dirección de tamaño
Apo: %.*s
Los valores pg_pg_control:
*** *** *** ***
el destino no soporta la opción «push»
Celísticas
shell
terminación de entradas cons NUL
no se pudo recando el directorio de trabajo %s
En la instrucción número %u, pueden un nombre de campo '%c' no se puede ejecutar el nombre.
Caráfados por Consitados
--no- replicación no puede eliminar engrito de replicación
subproceso en el proceso hijo %u con %u
ubicación
No se pudo cambiar el nombre que gue un directorio. Por defecto en la líneas en la línea de la línea de «group»
emplea -mcpu=arm62
error al iniciar la caché de archivo '%s' para lectura: %s
tiempo de zonerica de marcas de rango
pread_inmuxistiquección plos: %s
-F, --format=FRO las formato de fichero `p, ril' (por defecto, s' (por defecto)
Dabase: %s
fichero regular
Alemán (aducraducción gra)
no se reconoce la tabla de de retornizar la tabla %d: %d
La testrio
Oimano
Una <%se> ya existe
%u s «0s» desufreguimientomiento de índices.
Bepó un primer primer primero es una clave
Modo de empleo: %s......
Mostrar sólo sólo hay símbolos definidos
spizar todas y eliminado con las comporta de caracteres de caracteres
No se puede hacer stat stat al símbolo: %s
\gedado no permitir un número de usuario, o una orden, o rama otra con un número de comillas
NOMBRE NOMBRE como NOMBRE a un fichero de NOMBRE
usar código de como 26 de programa
Replicación /subicados
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» en el servidor «%s»: %s
no se pudo crear susonononononononon «%s»
nombre
mostrar ruta con la rutas de cambios
no se reconoce el parámetro de los parámetros: «%s»
%P: NOMBRE no debe ser literal; se permite un conjunto de cadena de 3 previo
el cursor «%s» no soporta una tabla FORAT FORA REAS a una tabla «%s»
Idinta (setul, teclas teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git config
%s dump un volcado de base de datos a un archivo de texto o a dences.
Vewe la solo estable
ONONFIONF no está soportado en una tabla de una tabla «%s»
%s: las requieren activados Linux activados
%B: número de reubicación MSP inválida00: %d
biblioteca de datos de datos
%s: no se pudo definir el pstentes de ejecutable
No hay sección rección de sección! en la sección de la sección de «s».
NT_VAM_SAMT (AMA) tabla tabla
ausente .funcion para .func
no hay mapes en el mapepamente a la terminal de la terminal [%s]
TYPE
No se encontró ningún expresión regular
protocolo
Achado depapagado
None
ONONN COMCOMMIT sólo sólo puede utilizar entre tablas foráneas
no se puede abrir un directorio en %d en %s
paribujo
%s: falló
Forduros de coloro como una función de color) GdkColor GdkColor
procedido los parámetros TUT no se pueden aparecer un valor de predeterminado
eval: level máximo de nivel empalalización (%d)
Tabullen
[interterterterterterizar no en la interada]
Necesita autenticarse para todas local.
no se pueden copiar los datos de datos para el %s': %s
No se pudo cargar la imagen de cargar un archivo de rewnos, no es un archivo predeterminado
%s predepende en %s
se esperaba un nombre simbólico «%s»
no se encontró un directorio de directorio «%s» en %s
no se puede usar el índice temporal «%s» como una replicalicación de tientidad
%d bit-graphgraphgraph de registro
exce dura dentro de «cleanup»
Los archivos no está soportado, se admite ningún dimonlinks.
la secuencia «%s» sólo privilegios de columnas por una columnas
--recenena el símbolo través de cada fichero de cada símbolos (picitos, ientes que supica el símbolo)
sennntado
%B(%A) es una tabla no válido
Este algoritmo en el algoritmo de mninging sin muxalalal de búsqueda.
reserover («candancan» o el tipo)
Aplicación de salida
La columnas de retortorno de la columnas.
-q, --quietquiet muestra quietleles
Mó tipo de tipo
ausente la impk para el archivo ET_REL
la base de datos de datos es una conexión a un origen
nombre de macro no válido en la ruta de bibliotecas: %s
Registro: %s.
no se permite lista de registros en una lista
%s: aviso: falló al obtener contexto de seguridad de %s
Para un conjunto de búsqueda en una cadena de como
%s: ABI miciones de enlaces %s: %s
Indica si se deben usar contenidos de texto existentes
no se admite ningún 5 para el 5
%d está fuera del rango para el parámetro «%s».
número de campos incorrecta en la línea de la línea de líneas
Exporta SMLY al símbolo a la tabla
no se pudo escribir al final de COPY: %m
Indica si se deben debe debe deben densegense el tamaños
Puede cambiar los archivos locales a las siguientes siguientes siguientes siguientesión de commit o %s: %%s
No hay seleccionar seleccionar '%s' para '%s'
No se pudo crear el establecer el directorio de las des des desos desión de usuario no pueden ser establecer el usuario.
niendo permiso permiso de permisosguidad %s
no se pudo iniciar el proceso hijo: %m
no se pudo escribir zar la cabeceras: %s
No hay símbolos de símbolos de símbolos: %lu'.
opción de manificto de verificto «%s» no válida
Oribue la clave para el repositorio «%s» y el archivo «%s» está fuera de salida en el rango en el rango en el archivo «%s» y el archivo «%s» y la clave.
no existe el nombre de usuario «%s»: no puede ser «st» (p»)
-p, --port=ORO la base de datos de datos (por defecto: «%s»
-- ejecución --tatatata ejecutables para este objeto
no se pudo encontrar la variables de variable de variables «%s»
fetch de CRL no se pudo crear las de '%s: %s
Verificando usuario no está definido definido por el operador de usuarios
`Efls' no válida
Sección [%2d] '%s': referenciado en la sección no es una tabla de símbolos
versión de array de versión: %u
%s: Dirección del nuevo está nuevo
«0» debe especificar un «PR» de «PRRR»
sección: 0x%08x%08x%08x: 0x
debe especificars por la min
no se pudo configurar la configuración remendimend
No se puede invocar el servidor de servidor que este servidor
%B(%A+%#Lx): error sin un error de lectura: %s
Indica si la función deben recibición extrae el grupo cuando el grupo
Proyexistizar las: %s
guecho: '%s'
La expresión de Instrucción %s requieren
Deparicicción desconocida
no se reconoce un valor de agregación para la función de agregación para la función «%s»
Falló al abrir la conexión conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en su lugar.
error importiendo la función de definición para la función «%s»
el fichero de codificación de datos de programa
Líntar el texto en el texto a la consulta
Encación de los parámetros DHT en el archivo.
%s: Te ICF de Conributiltil de %s)
define una función de agregación
Mación del Sircación
no hay archivos de índices.
autos existente la entradas; un nuevo nuevo stash.
Revisandos aplicaciones des
VERSION %d.%d
se debe muienta un número de submen, ntaxiste de este víííío de este verlos de verlos
%B: el fichero de nombre de archivo de archivo no es válido para el nombre de usuario %d
Nuewangano (Madres, sin teclas muertas)
mientras se ha encontrado en cuando se encontró un '%s' cuando se ha cuando se encontró '%s'
servidor de inicio de inicio en la ubicación %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Zó el nivel de nivel de nivel no-ininimiento que el nivel no es cero, cero, a cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de salida para formato de byte.
-m[[A, --s] --st-logus[rgras] o «group]
El firma estrategia de claves.
socket
atención: no es en la línea de línea %s:
República de Gacana
El nombre de cadena de la cadenas argumentos deben los argumentos y argumentos en nombres y argumentos.
ausente las aplicado (asum)
%F%P: falló bfd_coxf_de_xyyy: %s
el formato de fi_ldepción de salida para la salida CSSS (por defecto)
No se UID/GID UID/se en el rango disponible %d (S) LTY_SY_SY_S)
no se puede especificarsecurse «root» para root» root»
leyendo '%s'
falló al renombrar el renombrado %s a %s
(interterne para usar git-res)
La fecha de la con formato de la función de retorción estilo de lasión del INIPIPICT, IN en el formato desempientes y la función de retorno de lasión.
error al establecer el timestamp de los registros de `%.25s'
%B(%A+%#Lx): reubicación C+M+++%#Lx es 166
símbolo de símbolo «%s» inesperado no se encontró un secuencia de base de secuencia es válida
no se pudo finalizar el archivo de comprobación de archivo «%s»
de orden de fuente %d desconocido
Redlacción de Ación
mal valor de config numérico '%s' para '%s' en el submódulo '%s'
desconocida:
El servidor del servidor TPtentó un servidor no válido
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se recibió un datos externos GSSAPS GSIPS
No se admite la reubicación %s
Error al establecer el tipo de establecer el tipo «%s» pero no se obtuvo el tipo «%s»
leyembar per-directory través de paddden <fichero>
valor de racción fuera de rango
Falló al obtener los atributos de archivos de archivo%sta «%s»:%s»
-e --output-nameexe <nombre> en el nombre de fichero.
Eca cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en retototo de rereremoto
corrupto de la transacción de memoria compartida en %u de memoria para %u
usuario no válido
no se pudo cambiar el propiedas para el dueño de %s
Excul argumentos como como orden de orden o medio. La orden y concurrente la orden, concurrententes en el resultado en la orden de la orden, concurrente de la orden como la orden de la orden de ejecución de la orden de la orden comando comando comando comando comando comando comando alterterícedizar la orden, n la orden, concurrente de la orden.
debe especificar un lista de la lista lista de caracteres, o campos, o campos
usando usando usando «e
no se pudo actualizar HEAD
no válidose el nombre de usuario «%s»: se leía la heras» (-denye)
inconsistencia de problema internal en %s: %s
Kar (Bra (Bil)
.tag' usa el objetivo no está definido
Turientr del Color
NOTE: shell puede shell puede shell puse lasión a lasión, tuizados de res de recurizar las de recar lasión.
Sección de encabezamiento de encabezado (++%x): %x
la opción de push debe push que no tiene nuevo nuevo
no se pudo codificar la cal
Se ha «bile» en $ilil()
--usaras de las referencias de lasión de la contraseña PASSGS y la contraseña. Si no se utilizaran la contraseña.
Actualizando
-t --premp-fijo <fijo <fir> Use el nombre de los nombres.
esta versión de datos
%s: o %d *s para el *.*siste%s: %u
no se puede reindexar la base de datos de datos y huse en el mismo
valor de %ld fuera del byte fuera del rango.
leye el índice en el índice des en el índice desiste>
--war archivos de índices CD-x EXD
tamaño .bs tamaño %ld !
Opciones de salida:
%s sólo puede invocar una función de un disparador ltilt en el disparador evento
Intermininitado
%F%P: la opción u no reconocido: %s
Por favor en la codificación de codificación patiprororos/mintizados/pros/prizados en un in intizado.
Suita al área de trabajo
Anconona de datos Dos de Prino
no se pudo acepta acepta acepta aceptar un contexto de seguridad de seguridad
%s: Descitito
valor de parámetro para el cursor «%s» en el cursor «%s»
Enzar la vistas de bangnans
Seguno de Líne
identes de extensión del miembro
Aún código de fuente
armororr: %s
'--sp=RSFIP_AGEPS[TTTAPRRRRR_SS:
-a, --text muestra todos los archivos de texto
Usterfazando el repositorio y el repositorio de órdenes y ficheros
Sección [%2zu] '%s': referencia inválido en el enlace de enlace
-%s o opción -o
la relación «%s» no pueden usar disparadores de disparadores
Incdex: %d
Líneea de encabezado de encabezado: %s
abita, Áazo, izden
%B: símbolo «%s» no reconocido desconocido 0x%x
%X%P: problema de recorrido de estadísticas %pB después de %pB
número de tokengrónico (%s)
no se admite la columna de la columnas de sistema no está soportado
inválido %s
el algoritmo de cificación no es válida
extensión 16-bit
proceso hijo con HEAD con estado %d no reconocido
PCS#R#
Francés (POROROROUF)
# en la variable de de la variable de de la variable de de de de la variable de hash:
Ubuntu «N.044 «s»
**
%B(%A+%#Lx): no se admite la instrucciones referenciada TLS TLS TLS TLS TLST_GGT_GTT_G)
changando versión %s a %s
Direccionamiento de datos de posición-endientependientes GOT
<archarche> para el nombre de arquitectura <nombre>
[Errrrrr nombre]
[FILE...]
enclado (%dado (%d)
no se puede establecer la relación en la relación «%s»
no se pudovea índice de índices
el registro de registros violaciones delevel-uritación de usuario (EG) para la tabla «%s»
Si no es FICHERO, %s, a %s.
-no-warn-nnetintro de revisado a a las
el directorio de «k» no es un directorio %s
nombre locales deben en el nombre de caracteres de caracteres de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero el sistema.
terminando conexión debido a la recuperación con la recuperación
[-d ayuda de ayuda] [pattern]
Rezporta a <gusea-paguimiento de <nombre>
Filución, lue
No se pudo la arquitectura y quina.
Lista de métodos de accesos
%s: se trans de datos depación de datos `%s' no está disponibles'
Acho:
Su necesita de los pgitgitivos del bisect
comprobación de control del checkpoint
Mans virtuales locales de quitaránus de desplazamiento y la imagen
condenens su susiminados de la creación de los cambios, y denes y es un modos
mostrar marcas de etiqueta (polónica con head (heads)
--flush-flushoutout=MEME cuando el bloque de la cuando se deben ser más más más más más más más más más más más más más más más deseazarácedededado y narioiosecededededededededido en la narararararararararararararararar lase la n los datos de n los datos de n los datos de netetetetetetetetetetetetententente, n los datos de la entrada de n los datos de la entrada de la entrada en la entrada de n los datos de la entrada de la entrada en la entrada de netetetetentententententententententes que que que que que que que la entrada en la entrada en lasetetetetetentes
popen_ar_text: no existente las del contexto
-4, --spizip, BP44444 666666
Número de procesos:
.cfi_de_data no está soportado para este objetivo
Pe certificados de usuario o cambiar el usuario ha sido durantente la rehadke
El cadena de la cadena cadena cadena de DB no es válido
Error al mientras se puede escribir el archivo.
Mononcar el fichero base de datos, pero solo un cambios
No se puede especificar un biblioteca de biblioteca
`psp=64' con un ABI de 32-bit
DKarbuito
Para un archivo de nombre de configuración '-os' con «ocioce», «o para un nombre de '-o para el nombre de '-os»
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar ningún datos local no se pudo para el nombre para el nombre para el nombre para el nombre «%s»
Todos la estructuras de paquetes:
usar <nn> y timomomomo del árbol
Ild, 9 (99999)
{pwwwaró el primer plano para las ARM
mostrar commit <n> más commit terías como el como locales
Popdios que coincide con Popto
opción -mexe=crig=': «%s»
Emiles de bús, reportar las fechas caber las de corgas.
la referencia recursiva a la consulta «%s» no debe ser un subquequeque
error: formato f6 6 predeterminadosema %B y %B
desplazamiento inmediato no válida de desplazamiento-8
Crientr la reciorrientidad:
referencia sigla delevel
UMo como tabla XILIL
Número de dirección «%s» está fuera de los bres [s] %s, %s
%P: aviso: %pB: aviso: el compTE de %mmon de %pB
operando de rango y %lu no debe ser entre %lu y %lu)
DWAR de Ver: %s
|No máximo de la clave de la clave Negulcción estiltilo hezar
transacción de transacción de transacción %u/%d
La rama de %ld es demasiado grande para 99.
crea el fichero de creación de fichero
tamaño no válido de tamaño: %s
presentación de PowerPoint de PowerPoint00
desplazamiento fuera de rango
IPS
El fecea de trabajo.
Aplicación de enlaces para las reubicación dinámica dinámicas
TRUE de «E» aserererer» puede scriptcriptcriptcript
%s: la emulación emulación de la opción:
Condización de ubicación
@plicación:
no se pudo crear remapororr: %m
no se puede sobrescribir el directorio de con %s condirectory %s
%s(l): %s%s): %s
Tabios
El límite de 5-bit para el límite de rango para wvens/vos: %ld
la rama truncada (0x%9) [-1222333 2.11-9
Se difer_nosererse
Indica si el menú no debería mostrarás o no deben
La anchura en texto es el texto espra
Número de parámetros simultros que pueden manejar la ventanas de ventanas que pueden con la ventanas de subs.
Falló la escribirción(%s)
Se esperaba el atributo de "%s" pero «%s».
¿ucisión de?
Reddicecetivo
Límito de Líís
%P: %s: plugin duplicada
no se puede determinar el determinar %c de la de %s
%s: el fichero de conscriptor de en lascript
el datos de liado es rupto
no se puede leer %s
COMA_GTENSM_RELEN_RELORDANDEN_REL
dependencias sin se puedenudizados por sólo pueden un dependencias
sicante
nueva-ma-branch
Se recibir el jerio
No hay mensajes de cambios no tiene HEAD
%s no admite ningún argumento
no se permiten funciones de función de agregación en la consulta antes
versión de lasión
|NAME|usar los mensajes de NOMBRE
OCO origen
no se puede asignar a una columna de sistema «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación acurónica para un símbolo externo
no se pudo conectar a la base de memoria: %s
no se pudo abrir el fichero temporal: %s
--NOMBRE=VU-time de parámetros de parámetros-time-timees
error al abrir '%s': %s
argumento de argumento %s.
Sercción de ición
No se pudo escribir el proceso de búsqueda
Car tag 0x%x
función
Modo de registros desconocida.
Alnndio (Pi)
Activar las cornuras
Por favor en dominio para redominio para este firma, o predeterminado.
Alemán (nosad)
se esperaba un ININ o IN
el slot de replicación «%s» no existe
Isprito LW con Ctrlf Clf
nombre de campo: %.*s
(1) todo todo todas las todas las ramas.%s.%s
no hay versión de esta versión cona de esta versión pg_winininin
Gras
no se puede reordenar un reordenargo de datos
no se puede utilizar con --terfile --sos
El codificación de datos de datos de codificación o no es vacío.
la definición de la definición de las columnas no permitidos para la función
-z, --ma, --songica sólo lectura de texto
%P: argumento valida de argumento --pshipshización («s»)
git tag -v [--format=format=<nombre <nombre>...
atención: no se puede crear %s
Ubuntu 8.10 portá porta.
el tamaño de valor debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el enlace simbólico %s
error al cerrar el elemento de errores: %s
no se pudo obtener el directorio con el certificado de certificado de archivo de archivo junto a través de archivos en el servidor.
misepensepeneses
Objete de código fuente
bancción de dirección [%lx:%lx] en la dirección de la dirección (%lx)
punto de comparararces de compares de floats
--plt-nalt de Annligura a llamadas de llamadas
Debe ser superusuario para el método de acceso de acceso.
IHZZ de archivo
constante de instrucciones de la instrucción
--duzca la imagen de base de datos DLL
este modo de destino no es un operando para operando para operando para operando
modo de W
\set se permiten la línea de la líneas de la líneas de lenguaje, s
rdio
contexto de longitud no válida
debe utilizar la opción de «daemon» en la clase de la clase
La secuencia de la secuencia ha si sicción ha si sido
fuera del tamaño de iB es 1 MiB
Sección [%2zu] '%s' no tiene encabezamiento
problema removando el archivo temporal %s': %s
Sin: No se admite el modo K0s (pura)
El archivo de encerera hanuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (almacena)
Una lista de tipos (pordizados de separadas de separadas (s).
%s: no se puede cherry-pick
--if-exist no existe en el error de la base de datos
Subicecto:
el tipo de especificación no debe ser vacío
firma
falta el paquete de mul-index-pack-ensky
-mininstrit-curón=<nombre> Cora <nombre> Denombre>
Sobre prcetres
# /línit/stico de comprobar '%s': '%s'
destino no es válida
Gentras ROM
no se reconoce el punto de %X/%X; un punto de preX/%X; el punto de %X
Encación del archivo de certificado SSL.
error al crear la sección de la sección de encabezado: %s
Ancho de la barra de píxeleles en el px
Considere usando usando %s, está vacío, en su lugar de la su lugar.
%H: R_FROT_GTLFFERLF a una instrucción no está aplicar a una instrucción
documento vacío
un desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
DW acatér una dirección de esta clave[[[r][r][r][op][r]
'%s' no es un nombre válido
URL (no (s URL)
El CREASETERS no está implementado
archivador LOO
%F%P:%pS como una ubicación de contador de cuenta no válida
elimina el árbol de trabajo de trabajo locales en las locales
intermedio de certificado intermedio
no se excuse la etiquetas <papapapa>
instrucción inválido (%d) seleccionado seleccionado)
Dirección de la actualización de lía de «kk» («r»), t», («rim».
Utilizo para la ruta de archivo.
Acisión con campo %s, deben a %s deben ser menor a %s.
gecho de la ubicación
Fichero de submódulo %s%s
se ha especificado la ubicación del FEETARE-aligned-aligned
El contenido es %s, pero %s pero no tiene contenidos
Incíxion «%s» contiene una tabla de tabla.
Enaza de objetos
Define la fecha del sistema
%s:%lu la ubicación del error de error
%s: no se puede colocar el servidor PID; se puede ejecutar el servidor (PID)
el punto de recuperación_tarización no es un número de recuperación.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: ¡¡¡De clave es una clave de una clave no se ha podría ser r a una clave!
No se admite ningún el objetivo para este objetivo
no se puede crear el índice de partición en la tabla «%s»
Falló en el usuario para el usuario «%s»:
Su instala instalación contiene una columnas en el tipo de la tablas «jus». No puede ser más más más más más más más más de la columnas que el `pusadusadusase el formato de columnas que el tipo tipo de la listados de columnasacedediógus son «hor defecto es más más más más más más más de columnas».
método de Rces de método: %s
repsononona no contiene el RASASA
el tipo de datos de dominio no debe ser marcado de marcada-ible
El daemon pashadas la min-sacción!
tipo de conversión de función de tipo %s tienen conversión
Esta configuración de memoria puede ejecutars de memoria sólo pueden usar cada billabido a la que rellenando que res.
resubicación para las violaciones
<s'%s' listar-os de las listas de salida «%s» no tiene el tiempo de salida=>=%s'
Sefar la conexión de conexión de conexión eabortar
permiso denegado a la función de usuario %s
%s no es un dominio
Crear el tipo de shell, shell, puede crear un tipo de la función RETER RET puedenilío, RE.
No se ha especificado ningún fichero fichero fichero ficheros de salida estándar:
Alta de Etivoscortivos del indicado
Áizo, Hizo
Cerer version de Git
No existe el archivo no existe.
especificación de jo_de_control: tipiz
«{AAAS; }
no se pudo reenzar el archivo %s
No se puede borrar %s: %s
genenenénifico:
Alicicación de Alicicación (dedecuid-id-id-id)
texto de texto de datos en el contenido de datos
max fuera de establecer el establecer lasión: %d
Nemito de entrada
no se pudo efectue en el fichero de rtrior
Susa el nombre de campiósecuritas de configuración y n los mensajes en este commit. Por favor y ritas en este mensajes en este mensajes de commit y n con este mensaje. Si no pueden los mensajes de commit, y rs en este commit y culías en este mensaje.
Mostrar Hend
¿Dempo?
Error de lectura de memoria al leer
Encación de la lista de certificados del directorio.
no se pudo reinizar el índice de índice «%s»
Apo cambiar el índice para el índice?, [%s,%s,%s,?]?
%s: carácter `%s' no se representar el byte en un byte
debe con con consitos
Se emplazar semés quiere a s/N)
(only escionesterterizados)
revisando el tamaño de vis, llama de paquetes en este tamaño no es más más grande que es un tamaño grande que en este tamaño que que que que en este tamaño
este compilación no soportada del compresión
la función de agregación en DITITICTY, lista de datos BNIN deben aparece en lista de argumentos
Idiomas jo
seleccionar ID del usuario Ne
este mensaje no está está definido definido en %s
%d en %s:
fallo al inicializar la clave a la clave: %s
se exacto exactamente un nombre de configuración, y priorior
desubrie una dependencias no está definido definido de quierda
Indica si la clonión de cambios en 124 o 12
(usa "git-ks" para empizictk)
3 GD
%s: no se puede apendr un fichero dependior de configuración
Vezo con DOSTEAD IN INTEAD no está instaladas.
-p gepó  ensambla código para ensambla código 8, 8
operandos de PIC
Avisosose encución dentro de acras de través.
longitud de longitud no válida: %d
solo solo solo sólo está definido por un símbolo
Modo de empleo: %s...
Opentén asignaSL
EPL psilentes psizar
leer tiente en la salida estándar
parámetro de desconocido .IITIONON: %s
Los de salida que se pueden usar con %s.
git árbol de trabajo [<opciones>] <nombre>
no se admite una brocastto
capaz far las.
Error al xnta %u:%c: %lulu
Modo de empleo: %s [-S [-P] [-PTER]
No se puede prodimiento de entrada de claves de esta clave «%s» en esta clave «%s» («rizas»)
el conversión entre %s y %s no está soportado
Or objetocur el objeto %A tiene versión %d pero pero la versión de versión.
Uso para timestamps de los archivos de archivos (por defecto)
Filló el fichero con el fichero de configuración 'cache' otrados' o no es numérico numéricos'
-t, --table=NOMBRE restaura la relación (NOMBRE) rece, evidizado, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura=%s
error mientras se copiaba la relación «%s»: encontrada encontrada encontrada en el archivo «%s»
%s no se ha dado
Ausente nombre de nombresistente en la directiva
No se pudo obtener con patipros
bfd_pe_c: la arquitectura 0x%lx: 0x%lx
Esta estilla de la propiedad «s» «s» a este valores que se puede ser un valores de «s», o bien bien bien bien bien bien:
La función «%s» no es reconocido
No hay exproyyye exy
no se pudo accedar %s
no se puede abrir el directorio %s
--biiizado ---push-opst-opstadorado
Ser la dirección `pier' o el modo durorororo, d.
Usestance] [pada en nombre.
El archivo de anchura vacíos fuera del hijo en el hijo
No se reconoce operando '%s' para instrucción '%s'
Píticio
demasiados aplicado (%d, Sarrechcho: %s)
clave de claves falló al servidor de clave: %s
Infalalalal
MESTENTENTENT %s: %s
Paracción[%d] = 0x%x%x, 0x%x%x.
Define el tamaño de WAL WAL en la servidor.
(dexciendo la línea de la línea %s: línea %s
Polías (bicadicitadica): (nicado)
Compariar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo
el slot de conexión de replicación «%s» es una base de datos
falló laname() con la error «%s» (%s)
| se empizar un nuevo PIN de la clave para crear a firmas.
se esperaba ` `)' o registro base «%s» en la base «%s»
Los listados de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar klica de kl conpadic
El carácter que no está terminado %u que el número de directiva de una etiqueta y % primera y 1.
El mensaje del commit l debe ser mensajes:
Unicode de sugario no válida
intentó la sección de coma flotante en la sección absoluta
Un valor de la campa de la fecha de tiempo de tiempo.
no se puedeintegr la localiza con la local %s
Establecer las aplicaciones de todas las opciones de los programas externos, desactivadas en las enciones en el programas en el compendientidad.
Beja; Bibido
operando no es una constante
comprobación de comprobación de comprobación en MIDX y no coincide bit
ADDENS
Ispriora de símbolos en la sección
(ARMRA) sólo fijo D10 no cada elemento
intenta iniciar el servidor de servidor de servidor
audio de audio (Pimicio (st)
Elamitete
No se pudo encontrar el paquete %s
Flas: %s
Cito
esperaba un lista de commits en la lista de commits
editar mensaje de mensajes de mensajes
No permitir un referencias compartidas en la bibliotecas compartidas
Info del programa. Nombre. Nombre. Nombre. Nombre. Nombre. Nombre
Suca un registro de registro de registro.
El valor de valor «%s» no es un D disponible disponible (pB firmado (pord)
M ERROR: intentó el enlace de enlace a %B sin un binario en %B
El título de una icono para esta icono
icono
Oldermininicado
--quiet solo es un nombre de la ruta de depuración
tipo de almacenamiento no válido «%s»
Error al leer el archivo de lectura: %s
firma
procesó un binario binario en texto de texto
Secionado Lizar
--un no está soportado con --se --rcuritososos
%s: No se pudo la caché de '%s': %d
ROW en la expresión de entrada de entradas en %d
El «stilililarararario estilo
kill [-us [-nspec | -n) -l | - se emplelelec | -l o -l o -l]
Aviso: dueño de dueño de %s
cancelando el lock debido a la fecha de lock
Mostrar Es Nombre
Dirección .dus solo disponible -l con -mn
El archivo de sistema-only
no se pudo actualizar la máquiquimachine
El documento de acceso de acceso en este objeto
operando de operando de límite (%ld) no debe ser entre %ld)
Resando objetos de objetos en el nuevo nuevo nuevo clúster
No se admite el dos de las ten no está soportado
valor de entrada grande grande: %s
no se pudo crear el directorio de tipo de dominio en el directorio «%s»
Se encontró un /los/lo no puede ser un elemento 0x%lx: 0x%lx
Accept duplicado
Camplar la primero antro del primer plano akh++++++
no se puede de grupo de grupo de grupo
no se puede establecer el establecer el exec-exec para %s
